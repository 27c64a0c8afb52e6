import { cellAddress } from "../cells";
import type { ActionTable } from "../detect/tables";
import { actionColumnLayout } from "./actionColumns";

/** Just what the layout reads of a table: its columns. */
const table = (fields: Record<string, number>) =>
  ({ columns: { fields, quarterStatus: {}, quarterCommentary: {} } }) as unknown as ActionTable;

describe("an action's cells, made when read", () => {
  const layout = actionColumnLayout(table({ id: 0, title: 1, officer: 6, due: 27, status: 701 }));

  it("names each field's cell on the action's row", () => {
    for (const row of [1, 7, 1048576]) {
      const cells = layout.rowCells(row);
      expect(cells.id).toBe(cellAddress(row - 1, 0));
      expect(cells.title).toBe(cellAddress(row - 1, 1));
      expect(cells.officer).toBe(cellAddress(row - 1, 6));
      expect(cells.due).toBe(cellAddress(row - 1, 27));
      expect(cells.status).toBe(cellAddress(row - 1, 701));
    }
  });

  it("has the table's fields and no others", () => {
    const cells = layout.rowCells(5);
    expect("title" in cells).toBe(true);
    expect("progress" in cells).toBe(false);
    expect(cells.progress).toBeUndefined();
  });

  it("takes a field set later (a due date on the row below) for that action only", () => {
    const a = layout.rowCells(5);
    const b = layout.rowCells(6);
    a.due = "AB9";
    a.milestone = "C6";
    expect(a.due).toBe("AB9");
    expect(a.milestone).toBe("C6");
    expect(b.due).toBe(cellAddress(5, 27));
    expect("milestone" in b).toBe(false);
  });
});

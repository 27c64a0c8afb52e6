import { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";

const week = (d: number) => new Date(Date.UTC(2024, 0, 30 + 7 * d));
const DATES: CellValue[] = [null, week(0), week(1), week(2), week(3), week(4), week(5)];
const DONE = "FF9900";
const DOING = "FFFF00";
const TODO = "FCE5CD";

/** A task row and its coloured weeks: fills keyed "row:col" as the adapters give them. */
function chart(tasks: [string, [number, string][]][], legend = true): Grid {
  const rows: CellValue[][] = [DATES, ...tasks.map(([name]) => [name] as CellValue[])];
  const fills: Record<string, string> = {};
  tasks.forEach(([, weeks], i) => {
    for (const [w, colour] of weeks) fills[`${i + 1}:${w + 1}`] = colour;
  });
  if (legend) {
    const at = rows.length + 1;
    rows.push([], [null, "Done"], [null, "In Progress"], [null, "Not Yet Started"]);
    fills[`${at}:0`] = DONE;
    fills[`${at + 1}:0`] = DOING;
    fills[`${at + 2}:0`] = TODO;
  }
  return { sheet: "Project Plan", rows, fills };
}

describe("a Gantt chart: tasks down the side, weeks across the top, each task's span coloured in", () => {
  it("reads each task's start and due date from its colours and its status from the key", () => {
    const { actions, tables, issues } = analysePlan(
      [
        chart([
          [
            "Introduction",
            [
              [0, DONE],
              [1, DONE],
            ],
          ],
          [
            "Gather data",
            [
              [1, DONE],
              [2, DOING],
              [3, TODO],
            ],
          ],
          [
            "Conclusions",
            [
              [4, TODO],
              [5, TODO],
            ],
          ],
        ]),
      ],
      { asOf: "2024-02-20" }
    );
    expect(tables[0]).toMatchObject({ kind: "actions", range: "A1:G4", columns: { title: "A" } });
    expect(tables[0].evidence?.title).toMatch(/Gantt chart/);
    expect(
      actions.map((a) => [
        a.title,
        a.startDate,
        a.due,
        a.statusNow?.status,
        a.statusNow?.statusText,
      ])
    ).toEqual([
      ["Introduction", "2024-01-30", { kind: "date", date: "2024-02-12" }, "Complete", "Done"],
      [
        "Gather data",
        "2024-02-06",
        { kind: "date", date: "2024-02-26" },
        "In Progress",
        "In Progress",
      ],
      [
        "Conclusions",
        "2024-02-27",
        { kind: "date", date: "2024-03-11" },
        "Not Started",
        "Not Yet Started",
      ],
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("dates the tasks but says no status where the chart has no key", () => {
    const { actions } = analysePlan(
      [
        chart(
          [
            ["Plan", [[0, DONE]]],
            [
              "Build",
              [
                [1, DONE],
                [2, DONE],
              ],
            ],
          ],
          false
        ),
      ],
      { asOf: "2024-02-20" }
    );
    expect(actions.map((a) => [a.title, a.due, a.statusNow])).toEqual([
      ["Plan", { kind: "date", date: "2024-02-05" }, null],
      ["Build", { kind: "date", date: "2024-02-19" }, null],
    ]);
  });

  it("takes no figures under dates for a chart: a monthly series is not a plan of tasks", () => {
    const grid: Grid = {
      sheet: "Visits",
      rows: [
        DATES,
        ["Library visits", 120, 130, 125, 140, 150, 160],
        ["Pool visits", 80, 85, 90, 95, 99, 101],
      ],
      fills: { "1:1": DONE },
    };
    expect(analysePlan([grid], {}).actions).toEqual([]);
  });
});

import { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";
import { classifyHeader } from "./headers";

const sheet = (name: string, rows: CellValue[][]): Grid => ({ sheet: name, rows });

describe("which column names the rows, when the header's words would choose wrongly", () => {
  it("reads 'Task Category' as what kind of task, so 'Task Description' names the rows", () => {
    expect(classifyHeader("Task Category")).toEqual([]);
    expect(classifyHeader("Action Type")).toEqual([]);
    const { actions } = analysePlan(
      [
        sheet("Action Tracker", [
          [null, "S.No", "Task Category", "Task Description", "Owner", "Status", "Remarks"],
          [null, 1, "General", "Project folder in Github", "Thiru", "Completed"],
          [null, 2, "Technology", "Architecture draft finalisation", "Vasu/Thiru", "In progress"],
          [null, 3, "Technology", "First level technology evaluation", "Vasu/Thiru", "In progress"],
          [null, 4, "ETL", "File transfer volume analysis", "Thiru"],
        ]),
      ],
      {}
    );
    expect(actions.map((a) => [a.id, a.title, a.officer])).toEqual([
      ["1", "Project folder in Github", "Thiru"],
      ["2", "Architecture draft finalisation", "Vasu/Thiru"],
      ["3", "First level technology evaluation", "Vasu/Thiru"],
      ["4", "File transfer volume analysis", "Thiru"],
    ]);
  });

  it("names the rows by the words beside a 'title' column that holds only counts, and says why", () => {
    const { actions, tables } = analysePlan(
      [
        sheet("overview", [
          ["theme_id", "theme_name", "assigned_to", "sub_tasks", "pc_complete", "status"],
          [1, "Commercial lifecycle: procurement", "W. Hooper", 42, 50, "IN PROGRESS"],
          [2, "Commercial capability and resourcing", "E. Nightingale", 24, 100, "COMPLETED"],
          [3, "Commercial lifecycle: pre-procurement", "W. Hooper", 28, 36, "IN PROGRESS"],
        ]),
      ],
      {}
    );
    expect(actions.map((a) => a.title)).toEqual([
      "Commercial lifecycle: procurement",
      "Commercial capability and resourcing",
      "Commercial lifecycle: pre-procurement",
    ]);
    expect(tables[0].evidence?.title).toMatch(/'sub_tasks' holds only numbers/);
  });

  it("reads no plan off a list of people: job titles, yes/no flags and e-mail addresses name no action", () => {
    expect(classifyHeader("job_title")).toEqual([]);
    expect(classifyHeader("Job Title")).toEqual([]);
    expect(classifyHeader("is_owner")).toEqual([]);
    const { tables, actions } = analysePlan(
      [
        sheet("users", [
          ["user_id", "name", "job_title", "email", "working_on", "status", "is_owner"],
          [
            1,
            "Christopher Niacara",
            "Head of Internal Audit",
            "c.niacara@no-dept.gov.uk",
            1,
            "ACTIVE",
            true,
          ],
          [
            2,
            "Elizabeth Nightingale",
            "Chief Commercial Manager",
            "e.nightingale@madeup.gov.uk",
            2,
            "ACTIVE",
            false,
          ],
          [
            3,
            "William Hooper",
            "Assistant Commercial Manager",
            "w.hooper@dept.gov.uk",
            "3, 4",
            "LIVE",
            true,
          ],
          [
            4,
            "Jaqueline Smith",
            "Commercial Assistant",
            "j.smith@short-dept.gov.uk",
            4,
            "REMOVED",
            false,
          ],
        ]),
      ],
      {}
    );
    expect(tables).toEqual([]);
    expect(actions).toEqual([]);
  });
});

import type { CellValue, Grid } from "../grid";
import { analysePlan } from "../analyse";

const sheet = (name: string, rows: CellValue[][]): Grid => ({ sheet: name, rows });

describe("who-does-what-where trackers with a row of HXL hashtags (held-out sets 17 and 20)", () => {
  const tracker = (rows: CellValue[][]) =>
    sheet("3Ws", [
      ["Organization", "Org. Acronym", "Project Sector", "Activities", "Status", "State", "Month"],
      [
        "#org",
        "#org +acronym",
        "#sector +cluster",
        "#activity +name",
        "#status",
        "#adm1 +name",
        "#date+month",
      ],
      ...rows,
    ]);

  it("reads the tags as the header's: the activity, the organisation that does it, its status", () => {
    const report = analysePlan(
      [
        tracker([
          [
            "Action Against Hunger",
            "AAH",
            "WASH",
            "House to house visits",
            "Ongoing",
            "Borno",
            "October",
          ],
          [
            "Save the Children",
            "SCI",
            "Nutrition",
            "Screening of children",
            "Completed",
            "Yobe",
            "October",
          ],
          [
            "Action Against Hunger",
            "AAH",
            "WASH",
            "Latrine repairs",
            "Planned",
            "Borno",
            "November",
          ],
        ]),
      ],
      {}
    );
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]).toMatchObject({
      header: [1, 2],
      columns: { officer: "A", title: "D", status: "E" },
    });
    expect(report.actions.map((a) => [a.title, a.officer])).toEqual([
      ["House to house visits", "Action Against Hunger"],
      ["Screening of children", "Save the Children"],
      ["Latrine repairs", "Action Against Hunger"],
    ]);
  });

  it("takes the implementing organisation before the funder, and an activity's code as its reference", () => {
    const report = analysePlan(
      [
        sheet("Data_Entry", [
          [
            "Activity ID",
            "Donor",
            "Implementing Partner",
            "Activity type",
            "Activity description",
            "Status",
          ],
          [
            "#activity +code",
            "#org +funder +name",
            "#org +impl +name",
            "#activity +type",
            "#activity +name",
            "#status",
          ],
          [
            "CCCM00001",
            "ECHO",
            "IOM",
            "Site management",
            "Site planning and improvements",
            "Ongoing",
          ],
          [
            "CCCM00002",
            "ECHO",
            "UNHCR",
            "Site management",
            "Community engagement in the sites",
            "Completed",
          ],
        ]),
      ],
      {}
    );
    expect(report.tables[0].columns).toMatchObject({
      id: "A",
      officer: "C",
      title: "E",
      status: "F",
    });
  });

  it("keeps a response plan's activity codes in the titles when rows repeat them: no duplicate references", () => {
    const row = (org: string, code: string): CellValue[] => [
      org,
      org,
      "Health",
      `${code} Provide mobile health outreach`,
      "Ongoing",
      "Tigray",
      "February",
    ];
    const report = analysePlan(
      [
        tracker([
          row("WHO", "1.1.2"),
          row("MSF", "1.1.2"),
          row("IRC", "1.1.2"),
          row("WHO", "1.1.7"),
          row("MSF", "1.1.7"),
          row("IRC", "1.1.7"),
        ]),
      ],
      {}
    );
    expect(report.issues.filter((i) => i.code === "duplicate-id")).toEqual([]);
    expect(report.actions[0]).toMatchObject({
      id: null,
      title: "1.1.2 Provide mobile health outreach",
    });
  });
});

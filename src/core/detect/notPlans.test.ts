import type { Grid } from "../grid";
import { detectTables } from "./tables";

describe("lists that are not plans", () => {
  it("projects by name and number, with nothing said of when or how they go", () => {
    const projects: Grid = {
      sheet: "Projects",
      rows: [
        ["Agency", "Project Name", "Project Identification Number"],
        ["Health", "Testing sites", "P-001"],
        ["Health", "Contact tracing", "P-002"],
        ["Education", "Laptops for pupils", "P-003"],
      ],
    };
    expect(detectTables(projects)).toEqual([]);
  });

  it("a control catalogue's activities with no reference, owner, date or status: a standard, not a plan", () => {
    const activity = (n: number): (string | number)[] => [
      n,
      `Guardrail ${n}`,
      `Objective ${n} for the cloud tenancy`,
      `• Activity ${n}: configure the account and record it`,
      `• Validation ${n}: evidence shown`,
      "AC-2, AC-3",
      "IaaS, PaaS, SaaS",
    ];
    const header = [
      "Guardrail #",
      "Guardrail",
      "Objective",
      "Activity",
      "Validation",
      "Related Security Controls",
      "Applicable Service Model",
    ];
    // Two versions side by side, each under its band.
    const twice = <T>(a: T[], b: T[]): (T | null)[] => [...a, null, ...b];
    const catalogue: Grid = {
      sheet: "Guardrails - EN",
      rows: [
        ["GC Cloud Guardrails Crosswalk 1.0 to 2.0"],
        [],
        twice(Array(7).fill("Guardrails 1.0"), Array(7).fill("Guardrails 2.0")),
        twice(header, header),
        twice(activity(1), activity(1)),
        twice(activity(2), activity(2)),
        twice(activity(3), activity(3)),
      ],
    };
    expect(detectTables(catalogue)).toEqual([]);
    // The same list by number is a plan still to be given dates.
    const numbered: Grid = {
      sheet: "Actions",
      rows: [
        ["ID", "Source", "Action", "Description"],
        ["1", "Audit", "Review the access list", "Quarterly review"],
        ["2", "Audit", "Renew the certificates", "Before expiry"],
      ],
    };
    expect(detectTables(numbered).map((t) => t.kind)).toEqual(["actions"]);
  });

  it("a key to another sheet's columns: the header, then one sentence saying what each holds", () => {
    const key: Grid = {
      sheet: "Column key",
      rows: [
        ["Possible early actions", "Organization", "Implementation date", "Time frame"],
        [
          "Lists the early action that was taken, with some overlaps",
          "Organization is the organization which published the report",
          "Date the action was implemented.",
          "Time frame is the same as lead time.",
        ],
      ],
    };
    expect(detectTables(key)).toEqual([]);
  });

  it("drop-down lists side by side, a Status list among them, are no plan", () => {
    const lists: Grid = {
      sheet: "Lists",
      rows: [
        ["TITLE EN", "TITLE PT", null, "Status EN", "Status PT"],
        ["Lead Organization", "Organização líder", null, "Planned", "Planejado"],
        ["Implementing Partner", "Parceiro de Implementação", null, "Ongoing", "Em curso"],
        ["Organization type", "Tipo de organização", null, "Completed", "Concluído"],
        ["Sector", "Setor"],
        ["Response activity type", "Atividade de resposta - tipo"],
      ],
    };
    expect(detectTables(lists)).toEqual([]);
  });

  it("an inventory of services by their owners is no plan", () => {
    const services: Grid = {
      sheet: "Sheet1",
      rows: [
        ["Service ID Number", "Service Name", "Service Description", "Service Owner"],
        ["1", "Passports", "Issue passports to citizens abroad", "Immigration Department"],
        ["2", "Pensions", "Pay the state pension every month", "Employment Department"],
        ["3", "Fishing licences", "License commercial fishing vessels", "Fisheries Department"],
      ],
    };
    expect(detectTables(services)).toEqual([]);
    // A plan's work by its owner still is one.
    const plan: Grid = {
      sheet: "Plan",
      rows: [
        ["Ref", "Action", "Lead officer"],
        ["1", "Review the passport office's opening hours", "Head of Service"],
        ["2", "Publish the pensions leaflet", "Policy Officer"],
      ],
    };
    expect(detectTables(plan).map((t) => t.kind)).toEqual(["actions"]);
  });

  it("a numbered list of scoring criteria: a row numbered on from the one above is no header", () => {
    const criteria: Grid = {
      sheet: "3 - Code Acceptance",
      rows: [
        [null, "Source Acceptability Criteria", "Example (bad)", "Example (good)"],
        [null, "Score", 0, 10],
        [1, "Commercial Sponsor", "none", "Intel/IBM/Microsoft/Red Hat"],
        [2, "Foundation sponsor", "none", "Linux Foundation/Apache Foundation/Eclipse Foundation"],
        [3, "Code maturity", "new", "long-established"],
        [4, "Stability", "project has forked multiple times", "project has never forked"],
        [5, "Activity", "no commits for 5 years", "daily substantive commits"],
        [6, "Reputation", "multiple enforcement actions", "no enforcement action"],
        [7, "Quality", "Buggy", "Stable"],
        [8, "Security", "Known multiple security issues", "No security issues exist"],
        [
          9,
          "Community involvement",
          "We are not and do not want to be involved in this community",
          "We are or want to be heavily involved in the community",
        ],
      ],
    };
    expect(detectTables(criteria)).toEqual([]);
  });

  it("a training matrix of modules by role, ticked with 1s: the role codes are no owners", () => {
    const matrix: Grid = {
      sheet: "5 - Training",
      rows: [
        ["Modules", "Description", "CBM", "Clead", "DevLead", "CommLiaison"],
        ["Introduction", "The project, who benefits, key concepts", 1, 1, 1, 1],
        ["Policy", "How the company implements open source", 1, 1, 1, null],
        ["Licences", "Licence obligations and how to meet them", null, 1, 1, 1],
        ["Tooling", "How process automation helps with tooling", null, null, 1, 1],
      ],
    };
    expect(detectTables(matrix)).toEqual([]);
  });

  it("a variable dictionary, each name '=' its meaning, is no header", () => {
    const dictionary: Grid = {
      sheet: "WPR_Report_3.4 Disregarded_part",
      rows: [
        [null, "TYPE_FAM", "=", "Type of Family"],
        [null, "N_WEI", "=", "Number of Work-Eligible Individuals"],
        [null, "AF_WPS", "=", "Work Participation Status"],
        [null, "NDCRD_PART", "=", "1 means disregarded but met all-family WPR"],
        [null, "P1_WPS", "=", "Parent 1's Work Participation Status"],
        [null, "P2_WPS", "=", "Parent 2's Work Participation Status"],
        [null, "TPDCRD_PART", "=", "1 means disregarded but met 2P WPR"],
      ],
    };
    expect(detectTables(dictionary)).toEqual([]);
  });

  it("weaknesses rated as risks, with no status or due date: a risk exposure table, not a plan", () => {
    const ret: Grid = {
      sheet: "Risk Exposure Table (RET)",
      rows: [
        [
          "POA&M ID",
          "Weakness Name",
          "Original Detection Date",
          "Original Risk Rating",
          "Adjusted Risk Rating",
          "Comments",
          "Service Name",
        ],
        [
          "",
          "TLS 1.0 accepted",
          new Date(Date.UTC(2025, 0, 6)),
          "Moderate",
          "Moderate",
          "",
          "Case Manager",
        ],
        [
          "",
          "Outdated OpenSSL",
          new Date(Date.UTC(2025, 0, 20)),
          "High",
          "High",
          "",
          "Case Manager",
        ],
        ["", "Weak SSH ciphers", new Date(Date.UTC(2025, 0, 21)), "Low", "Low", "", "Case Manager"],
      ],
    };
    expect(detectTables(ret)).toEqual([]);
  });

  it("a costing table whose indicator column is empty on every row", () => {
    const costing: Grid = {
      sheet: "Initiatives Summary",
      rows: [
        [
          "Fund",
          "Supplemental Initiative",
          "Baseline or Supplemental",
          "Total Request",
          "Description & Justification",
        ],
        [1000, "Baseline - Fund 1000", "Baseline", 4418450],
        [2107, "Baseline - Fund 2107", "Baseline", 0],
        [3217, "Baseline - Fund 3217", "Supplemental", 1128503],
      ],
    };
    expect(detectTables(costing)).toEqual([]);
  });

  it("an inventory: the 'project' its items belong to names none of them, and its states are not a plan's", () => {
    const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
    const header = ["detector_n", "wifi_id", "project", "date_start", "Comments", "Status"];
    const byProject: Grid = {
      sheet: "BT_detectors",
      rows: [
        header,
        ["Islington", 4033, "RESCU", d(2015, 9, 24), "Location corrected.", "For Review"],
        ["Spanbridge", 5121, "RESCU", d(2015, 9, 24), "This is correct.", "Dead"],
        ["DU_OS", 5266, "RESCU", d(2018, 10, 10), "Not in the vendor table.", "Decommissioned"],
        ["Sheppard", 5608, "RESCU", d(2017, 6, 19), "More than 60m apart.", "Inactive"],
      ],
    };
    expect(detectTables(byProject)).toEqual([]);
    const states: Grid = {
      sheet: "Sheet1",
      rows: [
        header,
        ["Islington", 4033, "RESCU", d(2015, 9, 24), "Location corrected.", "Dig deep"],
        ["DU_OS", 5266, "Downtown Expansion", d(2018, 10, 10), "Duplicate BT ID.", "Dig deep"],
        ["Sheppard", 5608, "Scarborough", d(2017, 6, 19), "More than 60m apart.", "Dig deep"],
      ],
    };
    expect(detectTables(states)).toEqual([]);
  });
});

describe("a sheet of drop-down lists under headers", () => {
  it("is no plan: its status column gives each choice once and stops while the first column goes on", () => {
    const lists: Grid = {
      sheet: "Listes déroulantes",
      rows: [
        ["Résultats attendus", "Cibles", "Statut", "Niveau de priorité"],
        ["Adaptation au changement climatique", "Grand public", "À venir", "Élevé"],
        ["Allongement de la durée d'usage", "Associations", "À discuter", "Moyen"],
        ["Amélioration de la qualité de vie", "Autres collectivités", "En cours", "Bas"],
        ["Développement des énergies renouvelables", "Acteurs économiques", "Réalisé"],
        ["Efficacité énergétique", "Collectivité elle-même", "En retard"],
        ["Préservation de la biodiversité", "Public scolaire", "En pause"],
        ["Réduction des consommations énergétiques", "Acteurs du secteur primaire"],
      ],
    };
    expect(detectTables(lists)).toEqual([]);
    // The same columns as a plan, each row with its status, some repeated, is one.
    const plan: Grid = {
      ...lists,
      sheet: "Plan",
      rows: lists.rows.map((r, i) => (i === 0 ? r : [r[0], r[1], i % 2 ? "En cours" : "À venir"])),
    };
    expect(detectTables(plan)).toHaveLength(1);
  });
});

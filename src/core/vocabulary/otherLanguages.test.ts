import { classifyHeader } from "../detect/headers";
import { detectTables } from "../detect/tables";
import type { ActionTable } from "../detect/types";
import { parseStatus } from "../parse/statuses";
import { foldAccents } from "../text";
import { analysePlan } from "../analyse";
import { ConfigSchema } from "../config";

describe("plans kept in French and Spanish", () => {
  it.each([
    ["Titre de l'action", "actions", "title"],
    ["Intitulé", "actions", "title"],
    ["Personne pilote", "actions", "officer"],
    ["Statut ", "actions", "status"],
    ["Date de début", "actions", "startDate"],
    ["Date de fin", "actions", "due"],
    ["Échéance", "actions", "due"],
    ["INDICADOR", "kpis", "indicator"],
    ["RESPONSABLE", "kpis", "owner"],
    ["VALOR ESPERADO 2024", "kpis", "target"],
  ])("reads the header %s as the %s table's %s", (text, table, field) => {
    expect(classifyHeader(text).find((m) => m.table === table)?.field).toBe(field);
  });

  it("does not let a French word take an English header by its likeness ('Measure' stays a KPI's)", () => {
    expect(classifyHeader("Measure")).toEqual([{ table: "kpis", field: "indicator" }]);
  });

  it.each([
    ["FAIT", "Complete"],
    ["PAS FAIT", "Not Started"],
    ["À venir", "Not Started"],
    ["En cours", "In Progress"],
    ["En retard", "Behind Target"],
    ["Terminée", "Complete"],
    ["En progreso", "In Progress"],
    ["À discuter", "Not Started"],
    ["Bloqué", "Off Target"],
  ])("reads the status %s as %s", (text, status) => {
    expect(parseStatus(text)).toEqual({ kind: "set", status });
  });

  it("leaves an abandoned action out of % on target, as a withdrawn one", () => {
    expect(parseStatus("Abandonné").kind).toBe("not-scored");
  });

  it("folds accents only where there are any", () => {
    expect(foldAccents("Date de début")).toBe("Date de debut");
    expect(foldAccents("Mise en œuvre")).toBe("Mise en oeuvre");
    const plain = "Lead officer";
    expect(foldAccents(plain)).toBe(plain);
  });

  it("finds a commune's action plan by its French header", () => {
    const [table] = detectTables({
      sheet: "Fichier d'import",
      rows: [
        ["Titre de la fiche action", "Personne pilote", "Statut", "Date de début", "Date de fin"],
        [
          "Création d'un comité de suivi",
          "Sophie Amourous",
          "En cours",
          "2025-12-01",
          "2030-09-01",
        ],
        ["Animer les Copil", "Jean Dupont", "À venir", "2026-01-01", "2026-12-31"],
      ],
    }) as ActionTable[];
    expect(table.columns.fields).toMatchObject({
      title: 0,
      officer: 1,
      status: 2,
      startDate: 3,
      due: 4,
    });
  });
});

describe("a Spanish development plan's indicator table", () => {
  it("is a KPI table by its Indicador, Responsable and Valor esperado columns; the project's name does not make it an action table", () => {
    const [table] = detectTables({
      sheet: "PDM",
      rows: [
        [
          "NOMBRE DEL PROYECTO",
          "INDICADOR",
          "RESPONSABLE",
          "VALOR ESPERADO 2024",
          "TOTAL EJECUTADO 2024",
        ],
        ["Fortalecimiento institucional", "Número de jornadas", "Secretaría de Gobierno", 4, 3],
        ["Vías rurales", "Kilómetros mejorados", "Secretaría de Obras", 10, 12],
      ],
    });
    expect(table.kind).toBe("kpis");
    expect(table.columns.fields).toMatchObject({ indicator: 1, owner: 2 });
  });
});

describe("a Colombian municipal development plan's progress sheet", () => {
  it("reads each year's goal as its target and the progress on it as that year's figure", () => {
    const [table] = detectTables({
      sheet: "SEC. GOBIERNO",
      rows: [
        ["AVANCE PLAN DE DESARROLLO 2024-2027"],
        [
          "PROGRAMA",
          "INDICADOR DE PRODUCTO",
          "LINEA BASE",
          "META CUATRENIO",
          "META 2024",
          "AVANCE META 2024",
          "META 2025",
          "AVANCE META 2025",
        ],
        ["Seguridad", "Cámaras de seguridad instaladas", 0, 10, 1, 8, 3, 13],
        ["Convivencia", "Estrategias implementadas", 0, 1, 0.25, 0.25, 0.25, 0.25],
      ],
    });
    expect(table.kind).toBe("kpis");
    if (table.kind !== "kpis") return;
    expect(table.columns.fields.indicator).toBe(1);
    expect(table.columns.yearActuals.map((y) => [y.label, y.col])).toEqual([
      ["Baseline", 2],
      ["2024", 5],
      ["2025", 7],
    ]);
    expect(table.columns.targets.map((t) => t.col)).toEqual([3, 4, 6]);
  });

  it("reads an action plan's activities by their name, code and managing office", () => {
    const [table] = detectTables({
      sheet: "MEDE01",
      rows: [
        [
          "Cód centro gestor",
          "Cód Actividad",
          "Nombre Actividad",
          "% de Avance Actividad Trimestre I",
        ],
        [4131, "A-01", "Capacitar funcionarios", 0.4],
        [4131, "A-02", "Actualizar el catastro", 0.1],
      ],
    }) as ActionTable[];
    expect(table.columns.fields).toMatchObject({ officer: 0, id: 1, title: 2 });
  });
});

describe("an import template's row of field types under its header", () => {
  it("is not an action", () => {
    const grid = {
      sheet: "Fichier d'import",
      rows: [
        ["Titre de la fiche action", "Personne pilote", "Statut", "Date de fin"],
        [
          "Champ texte",
          "Champ texte\n(séparateur virgule)",
          "Champ liste déroulante",
          "Champ date",
        ],
        ["Animer les Copil", "Jean Dupont", "En cours", new Date(Date.UTC(2026, 5, 30))],
      ],
    };
    const report = analysePlan([grid], { asOf: "2026-03-31" });
    expect(report.actions.map((a) => a.row)).toEqual([3]);
    // Skipped, with the reason said (here as an unused slot: nothing but prompts).
    expect(report.tables[0].skipped.map((s) => s.row)).toEqual([2]);
  });
});

describe("which way a Spanish or French plan's indicator is meant to go", () => {
  it("is read from its 'Tendencia' column", () => {
    expect(classifyHeader("TENDENCIA").find((m) => m.table === "kpis")?.field).toBe("polarity");
    const report = analysePlan([
      {
        sheet: "PDM",
        rows: [
          ["INDICADOR DE PRODUCTO", "TENDENCIA", "META 2025", "AVANCE META 2025"],
          ["Cámaras de seguridad instaladas", "Incremento", 3, 13],
          ["Accidentes de tránsito", "Reducción", 40, 52],
        ],
      },
    ]);
    expect(report.kpis.map((k) => [k.score.polarity, k.score.polaritySource])).toEqual([
      ["higher", "column"],
      ["lower", "column"],
    ]);
  });
});

describe("a plan whose years are bare ('Meta 2025 | Avance meta 2025')", () => {
  const grid = {
    sheet: "SEC. GOBIERNO",
    rows: [
      ["INDICADOR DE PRODUCTO", "META 2025", "AVANCE META 2025", "META 2026", "AVANCE META 2026"],
      ["Cámaras de seguridad instaladas", 3, 13, 3, 0],
    ],
  };

  it("says which year's columns were scored, taken as financial years, and how to score calendar years", () => {
    const report = analysePlan([grid], { asOf: "2025-12-31" });
    expect(report.kpis[0].score.period).toBe("2026");
    const note = report.issues.find((i) => i.code === "year-as-financial-year");
    expect(note).toMatchObject({ severity: "info", sheet: "SEC. GOBIERNO", cell: "A1" });
    expect(note?.message).toMatch(/"2026" columns.*2025\/26.*set financialYear to 2024/);
  });

  it("scores the calendar year the rules choose, and then says nothing", () => {
    const report = analysePlan([grid], {
      asOf: "2025-12-31",
      config: ConfigSchema.parse({ financialYear: 2024 }),
    });
    expect(report.kpis[0].score).toMatchObject({ period: "2025", actual: 13, rag: "green" });
    expect(report.issues.some((i) => i.code === "year-as-financial-year")).toBe(false);
  });
});

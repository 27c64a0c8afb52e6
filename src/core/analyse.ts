/** The whole core pipeline: grids in, a scored and validated plan out. */
import { Grid } from "./grid";
import {
  ActionTable,
  KpiTable,
  PlanTable,
  detectTables,
  tableGrid,
  tableRange,
} from "./detect/tables";
import { Quarter } from "./detect/headers";
import { Action, Kpi } from "./model";
import { Config, DEFAULT_CONFIG } from "./config";
import { PlanIssue, sortIssues } from "./issues";
import { parseActionTable } from "./parse/actions";
import { parseKpiTable } from "./parse/kpis";
import { readRatingScales } from "./parse/ratingScale";
import { readStatusCodeKey } from "./parse/statusCodeKey";
import { Status, statusWordsWith } from "./parse/statuses";
import { YES_NO_STATUS } from "./vocabulary/statusWords";
import { scoreAction } from "./score/actions";
import { chooseTarget, scoreKpi } from "./score/kpis";
import { TableReading, describeTable } from "./detect/describe";
import { applyOverrides } from "./detect/overrides";
import { readableGrids, setAsideLookups } from "./detect/passedOver";
import { movementOf } from "./score/movement";
import { exceptionsOf } from "./score/exceptions";
import { missingCommentary } from "./validate/commentary";
import { betweenColoursNote } from "./validate/betweenColours";
import { directionTargetsNote } from "./validate/directionTargets";
import { targetOtherYearNote } from "./validate/targetYears";
import { partlyReadNotes } from "./validate/partlyRead";
import { duplicateIds, validateAction } from "./validate/actions";
import { validateKpi } from "./validate/kpis";
import { inferPlanYears, inferQuarter, planPeriodEnd, resolveWindow } from "./window";
import { cellAddress } from "./cells";
import { quarterDueIn } from "./parse/dates";
import {
  ScoredRisk,
  analyseRiskTable,
  claimRiskRegions,
  detectRiskTables,
  setAsideRiskLookups,
} from "./risks";
import type { RiskTable } from "./risks/model";
import { describeRiskTable } from "./risks/describe";
import { previousRiskScores } from "./risks/history";

// The report's types live in report.ts, so the modules that take a report import it one way; they
// are re-exported here for code that imports them from analyse.
import type { PlanReport, ScoredAction, ScoredKpi } from "./report";
export type { PlanReport, ScoredAction, ScoredKpi } from "./report";
export { countIssues } from "./report";

export interface AnalyseOptions {
  quarter?: Quarter;
  asOf?: string;
  /**
   * Today, YYYY-MM-DD, from the shell (the core never reads the clock): a plan with no quarter
   * chosen and none to infer is scored as of this day, or the end of its own period if that is past.
   */
  today?: string;
  config?: Config;
}

function statusWordsOf(config: Config): Record<string, Status> {
  return statusWordsWith(config.statusWords);
}

/**
 * A risk treatment plan ("Risk ID | Risk Description | Risk Treatment | Date Due | Status | Risk
 * Manager"): the risks' actions, each with a date and a status, and no likelihood or impact to
 * assess the risks by. It is read as the action table its header also is.
 */
function treatsRisks(t: PlanTable, r: RiskTable): boolean {
  if (t.kind !== "actions") return false;
  const assessed = Object.values(r.columns.assessed).some(
    (a) => a.likelihood !== undefined || a.impact !== undefined
  );
  const f = (t as ActionTable).columns.fields;
  // A plan of action and milestones says so in its header ("POA&M Item ID"), whatever it rates.
  if (f.due !== undefined && Object.values(t.headerText).some((h) => /\bpoa&?m\b/i.test(h)))
    return true;
  // A POA&M: weaknesses, each with a date to be fixed by and someone or milestones to fix it.
  return (
    !assessed &&
    f.due !== undefined &&
    (f.status !== undefined || f.milestone !== undefined || f.officer !== undefined)
  );
}

/** A yes/no check's Y and N are statuses in its own table only; the plan's own words still win. */
function wordsFor(table: ActionTable, words: Record<string, Status>): Record<string, Status> {
  return table.columns.statusYesNo ? { ...YES_NO_STATUS, ...words } : words;
}

export function analysePlan(allGrids: Grid[], options: AnalyseOptions = {}): PlanReport {
  const config = options.config ?? DEFAULT_CONFIG;
  const userGrids = allGrids.filter((g) => !g.generated);
  const readable = readableGrids(userGrids, new Set(config.tables.map((t) => t.sheet)));
  const grids = readable.read;
  const statusWords = statusWordsOf(config);
  const planWords = statusWords;
  const tables: PlanTable[] = [];
  const actions: Action[] = [];
  /** References are checked within a table: a second table on the sheet numbers its own ("1.", "2." again). */
  const actionsByTable: Action[][] = [];
  const kpis: Kpi[] = [];
  const issues: PlanIssue[] = [];
  const kpiTables: { table: PlanTable; kpis: Kpi[] }[] = [];
  const riskTables: { grid: Grid; table: RiskTable }[] = [];
  issues.push(...readable.notes);

  for (const grid of grids) {
    const found = setAsideLookups(grid, detectTables(grid));
    issues.push(...found.notes);
    const planTables = applyOverrides(grid, found.tables, config.tables);
    // A register is read as one, not also as an action or KPI table; a table the user configured stays theirs.
    // A register known only by a heading (no likelihood, impact or score) yields to an action table on its header row.
    const registerFound = setAsideRiskLookups(grid, detectRiskTables(grid, planTables));
    issues.push(...registerFound.notes);
    const registers = registerFound.risks.filter(
      (r) =>
        !planTables.some(
          (t) =>
            (t.configured && t.top <= r.bottom && t.bottom >= r.top) ||
            (r.headerRows.some((h) => t.headerRows.includes(h)) &&
              (r.strength < 2 || treatsRisks(t, r)))
        )
    );
    for (const table of registers) riskTables.push({ grid, table });
    const kept = registers.length ? claimRiskRegions(grid, planTables, registers) : planTables;
    for (const table of kept) {
      tables.push(table);
      const byContent = readByContentNote(table);
      if (byContent) issues.push(byContent);
      const rows = tableGrid(table, grid);
      if (table.kind === "actions") {
        // A key of codes beside the table ("OK = No issues found") says what its statuses mean.
        const keyed = readStatusCodeKey(rows, table as ActionTable, planWords, config.statusWords);
        if (keyed) issues.push(keyed.note);
        const statusWords = wordsFor(table as ActionTable, keyed?.words ?? planWords);
        const parsed = parseActionTable(rows, table as ActionTable, statusWords);
        actions.push(...parsed.actions);
        if (!(table as ActionTable).columns.idNamesParent) actionsByTable.push(parsed.actions);
        issues.push(...parsed.issues);
        issues.push(...readRatingScales(rows, table as ActionTable, parsed.actions, statusWords));
        const between = betweenColoursNote(table, parsed.actions, statusWords);
        if (between) issues.push(between);
        if (!parsed.actions.some((a) => a.hasStatus) && parsed.actions.length > 0) {
          issues.push({
            severity: "info",
            code: "statuses-missing",
            sheet: grid.sheet,
            cell: cellAddress(table.top, table.left),
            message: `The action table at ${tableRange(table)} has no status column, so its ${parsed.actions.length === 1 ? "1 action is" : `${parsed.actions.length} actions are`} scored by due date and by whether their progress says complete.`,
          });
        }
      } else {
        const parsed = parseKpiTable(rows, table as KpiTable);
        kpis.push(...parsed.kpis);
        issues.push(...parsed.issues);
        kpiTables.push({ table, kpis: parsed.kpis });
      }
    }
  }

  issues.push(...unusedCorrections(config, grids, tables));
  issues.push(...partlyReadNotes(grids, tables));

  if (tables.length === 0 && riskTables.length === 0) {
    const sheet = grids[0]?.sheet ?? userGrids[0]?.sheet ?? "(no sheets)";
    issues.push({
      severity: "error",
      code: "no-plan-table",
      sheet,
      cell: "A1",
      message: `No action or KPI table was found on ${grids.length === 1 ? "the sheet" : `any of the ${grids.length} sheets`}. A plan table needs a header row with columns such as Action, Due date and Officer, or Indicator, Target and Actual.`,
    });
  }

  const given = {
    quarter: options.quarter ?? config.quarter,
    asOf: options.asOf ?? config.asOf,
    financialYear: config.financialYear,
    today: options.today,
  };
  const years = inferPlanYears(grids, tables);
  const window = resolveWindow(given, {
    // Read from the plan only when neither a quarter nor an as-of date is given: it looks at every action.
    quarter: given.asOf || given.quarter != null ? null : inferQuarter(actions, kpis),
    financialYear: years?.first ?? null,
    periodEnd: years ? planPeriodEnd(years) : null,
  });

  // "End of Q3" is a date once the plan's financial year is known.
  if (window.financialYear !== null) {
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i];
      if (a.due.kind !== "unreadable") continue;
      const date = quarterDueIn(a.due.text, window.financialYear);
      if (date) a.due = { kind: "date", date };
    }
  }
  // Scores are added to the records in place: copying ten thousand actions costs more than the scoring.
  const scoredActions = actions.map((a) => {
    const scored = a as ScoredAction;
    scored.score = scoreAction(a, window, config.progressRag);
    return scored;
  });
  // Indexed, as the loop above: this function is run once per plan and may not be optimised by the time it
  // reaches these loops, where `for…of` would make an iterator result for each of fifty thousand actions.
  for (let i = 0; i < scoredActions.length; i++) {
    const a = scoredActions[i];
    validateAction(a, a.score, window.quarter, window.asOf, statusWords, issues);
  }
  for (const group of actionsByTable) issues.push(...duplicateIds(group));
  const scoredKpis = kpis.map((k) => {
    k.target = chooseTarget(k, window.financialYear);
    const scored = k as ScoredKpi;
    scored.score = scoreKpi(k, window.quarter, config, window.financialYear);
    // A "Q2 Target" / "Q2 RAG" column speaks for the quarter scored: it is the KPI's target and stated colour.
    k.target = scored.score.targetCell;
    const q = scored.score.actualFrom;
    const statedForQuarter = q ? k.quarterStated?.[q] : null;
    if (statedForQuarter) k.stated = statedForQuarter;
    return scored;
  });
  for (const k of scoredKpis) issues.push(...validateKpi(k, k.score));
  for (const { table, kpis: list } of kpiTables) {
    const note = polarityAssumedNote(table, list as ScoredKpi[]);
    if (note) issues.push(note);
    const directions = directionTargetsNote(table, list as ScoredKpi[]);
    if (directions) issues.push(directions);
    const otherYear = targetOtherYearNote(table, list as ScoredKpi[]);
    if (otherYear) issues.push(otherYear);
    // Once the rules say which financial year it is, the user has chosen: nothing to say.
    const year = config.financialYear === undefined && bareYearNote(table, list as ScoredKpi[]);
    if (year) issues.push(year);
  }

  const previousRisks = previousRiskScores(
    allGrids.find((g) => g.generated && g.role === "risk-summary") ?? null
  );
  const risks: ScoredRisk[] = [];
  for (const { grid, table } of riskTables) {
    const read = analyseRiskTable(grid, table, config, window.asOf, previousRisks);
    risks.push(...read.risks);
    issues.push(...read.issues);
  }
  const readings = withRegisters(
    tables.map(describeTable),
    riskTables.map((r) => describeRiskTable(r.table)),
    grids
  );

  const report: PlanReport = {
    sheets: userGrids.map((g) => g.sheet),
    tables: readings,
    actions: scoredActions,
    kpis: scoredKpis,
    risks,
    issues: [],
    window,
    config,
    movement: { since: null, actions: [], kpis: [] },
    exceptions: [],
  };
  report.movement = movementOf(
    report,
    allGrids.find((g) => g.generated && g.role === "kpi-history") ?? null
  );
  report.exceptions = exceptionsOf(report);
  issues.push(...missingCommentary(report.exceptions, window.quarter));
  report.issues = sortIssues(issues, report.sheets);
  return report;
}

/** Registers among the other tables, each on its sheet in row order; the other tables keep their order. */
function withRegisters(
  plan: TableReading[],
  registers: TableReading[],
  grids: Grid[]
): TableReading[] {
  const firstRow = (range: string) => Number(/\d+/.exec(range)?.[0] ?? 0);
  const sheetIndex = new Map(grids.map((g, i) => [g.sheet, i]));
  const out = [...plan];
  for (const reg of registers) {
    let at = out.findIndex(
      (t) =>
        (sheetIndex.get(t.sheet) ?? 0) > (sheetIndex.get(reg.sheet) ?? 0) ||
        (t.sheet === reg.sheet && firstRow(t.range) > firstRow(reg.range))
    );
    if (at < 0) at = out.length;
    out.splice(at, 0, reg);
  }
  return out;
}

/** A correction in the rules that matched no table is said, never dropped quietly. */
function unusedCorrections(config: Config, grids: Grid[], tables: PlanTable[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const o of config.tables) {
    if (tables.some((t) => t.sheet === o.sheet && t.headerRows.includes(o.headerRow - 1))) continue;
    const onSheet = grids.some((g) => g.sheet === o.sheet);
    const what =
      (o.kind ?? ("indicator" in o.columns ? "kpis" : "actions")) === "kpis"
        ? "indicator"
        : "title";
    issues.push({
      severity: "warning",
      code: "correction-unused",
      sheet: onSheet ? o.sheet : (grids[0]?.sheet ?? o.sheet),
      cell: onSheet ? `A${o.headerRow}` : "A1",
      message: onSheet
        ? `Your correction for the table whose header is row ${o.headerRow} was not used: no column names its rows. Set the ${what} column too (columns.${what}).`
        : `Your correction names the sheet "${o.sheet}", which this workbook does not have; it was not used.`,
    });
  }
  return issues;
}

/** A field chosen by what its column holds, not by its header, is said: the user may know better. */
function readByContentNote(table: PlanTable): PlanIssue | null {
  const fields = table.byContent;
  if (!fields?.length || table.configured) return null;
  const described = describeTable(table);
  const parts = fields.map(
    (f) => `${f} from column ${described.columns[f]} (${described.evidence?.[f]})`
  );
  return {
    severity: "info",
    code: "read-by-content",
    sheet: table.sheet,
    cell: cellAddress(table.top, table.left),
    message: `In the table at ${tableRange(table)}, the header words did not name every field, so what the cells hold decided: ${parts.join("; ")}. If a column is wrong, correct it in Settings (or the rules' tables).`,
  };
}

/**
 * A table whose figures came from columns headed by a bare year ("Meta 2026 | Avance meta 2026"): a bare
 * year is read as the financial year that ends in it, as UK plans mean it. A plan that keeps calendar
 * years would be scored a year on, so the note says which columns were read and how to choose others.
 */
function bareYearNote(table: PlanTable, kpis: ScoredKpi[]): PlanIssue | null {
  const read = kpis.find((k) => k.score.period !== null && BARE_YEAR.test(k.score.period));
  if (!read || table.kind !== "kpis") return null;
  const labels = [...(read.periods ?? []), ...read.years].map((p) => p.label);
  if (new Set(labels.filter((l) => BARE_YEAR.test(l))).size < 2) return null;
  const year = Number(read.score.period);
  return {
    severity: "info",
    code: "year-as-financial-year",
    sheet: table.sheet,
    cell: cellAddress(table.top, table.left),
    message: `The figures in the table at ${tableRange(table)} were read from its "${year}" columns: a column headed by a bare year is read as the financial year that ends in it (${year - 1}/${String(year).slice(2)}). If the plan keeps calendar years, its ${year - 1} figures are in the "${year - 1}" columns: set financialYear to ${year - 2} in the rules to score them.`,
  };
}

const BARE_YEAR = /^(19|20)\d\d$/;

/** One note per table naming the indicators whose polarity nothing in the plan stated. */
function polarityAssumedNote(table: PlanTable, kpis: ScoredKpi[]): PlanIssue | null {
  // Polarity matters only where there is a target to be on the right side of, or a direction to go in.
  const assumed = kpis.filter(
    (k) =>
      k.score.polaritySource === "assumed" &&
      (k.score.target !== null || k.target?.measure.kind === "direction")
  );
  if (assumed.length === 0) return null;
  const names = assumed
    .slice(0, 6)
    .map((k) => k.code ?? (k.indicator.length > 40 ? k.indicator.slice(0, 37) + "…" : k.indicator));
  const more = assumed.length > names.length ? ` and ${assumed.length - names.length} more` : "";
  const way = assumed[0].score.polarity === "higher" ? "higher" : "lower";
  return {
    severity: "info",
    code: "polarity-assumed",
    sheet: table.sheet,
    cell: cellAddress(table.top, table.left),
    message: `${assumed.length} indicator${assumed.length === 1 ? "" : "s"} in the table at ${tableRange(table)} ${assumed.length === 1 ? "says" : "say"} nothing of whether higher or lower is better, so ${way} was assumed: ${names.join("; ")}${more}. Add a "Good performance is" column, or set polarity in the rules, if that is wrong.`,
  };
}

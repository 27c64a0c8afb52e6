/**
 * Turning the rows of a KPI table into indicators with their figures: yearly
 * and quarterly actuals, a "Results" column, every target column with its year,
 * the plan's own RAG, and the heading rows ("How well did we do it?",
 * "NORTHTOWN CSP") that name the category of the indicators beneath them.
 */
import { blankPlaceholderZeros } from "./placeholderZeros";
import { CellValue, Grid, cellText, formatOf, isBlank } from "../grid";
import { cellAddress } from "../cells";
import { KpiTable } from "../detect/tables";
import { QUARTERS, Quarter } from "../detect/headers";
import { CellMeasure, Kpi, KpiRowSchema } from "../model";
import { PlanIssue } from "../issues";
import { parseMeasure } from "./measures";
import { colourPair, normaliseWords } from "./statuses";
import { STATED_KPI_RAG } from "../vocabulary/statusWords";
import { ragOfCellFill } from "./fills";
import { skipReason } from "./rowKinds";
import { operatorFrom } from "../vocabulary/polarityWords";
import { PeriodColumn, headerRunStarts, periodColumns } from "../detect/periods";

/** "Percentage of initial child protection conferences within timescales (SCC/014)" → "SCC/014". */
const CODE_IN_TEXT = /\(([A-Z]{2,6}\s*\/\s*\d{2,4}[a-z]?)\)\s*$/;

export function parseKpiTable(grid: Grid, table: KpiTable): { kpis: Kpi[]; issues: PlanIssue[] } {
  const cols = table.columns;
  const targetCols = inForceFirst(cols.targets, table.headerText);
  const stages = targetCols !== cols.targets;
  const kpis: Kpi[] = [];
  const issues: PlanIssue[] = [];
  const headerRows = new Set(table.headerRows);
  const indicatorCol = cols.fields.indicator!;
  // The periods under each run of header rows (most tables have one run; a repeat may name other months).
  const runs = headerRunStarts(table).map((r) => ({
    from: r,
    periods: periodColumns(grid, table, r),
  }));
  let periodCols: PeriodColumn[] | null = runs[0].periods;
  const valueCols = [
    ...(periodCols ?? []).map((p) => p.col),
    ...cols.yearActuals.map((y) => y.col),
    ...cols.targets.map((t) => t.col),
    ...Object.values(cols.quarterActual),
    ...Object.values(cols.quarterTarget),
    cols.fields.actual,
    cols.fields.comparator,
  ].filter((c): c is number => c !== undefined);
  // The named fields' columns, once per table rather than once per row (in `cols.fields` order, as `cells` keeps them).
  const byQuarter = QUARTERS.some(
    (q) => cols.quarterTarget[q] !== undefined || cols.quarterStatus[q] !== undefined
  );
  const fieldCols = Object.entries(cols.fields).filter(
    (e): e is [string, number] => e[1] !== undefined
  );
  const operatorCol = operatorColumn(grid, table, headerRows, valueCols);
  let heading: string | null = null;
  // A category column is often written once per group (or merged down it): it carries down until the next.
  let carried: string | null = null;
  const categoryOf = (written: string) => {
    if (written) carried = written;
    return carried || heading || table.category;
  };

  for (let r = table.top; r <= table.bottom; r++) {
    if (headerRows.has(r)) {
      const run = runs.find((x) => x.from === r);
      if (run) periodCols = run.periods ?? periodCols;
      continue;
    }
    const row = grid.rows[r] ?? [];
    const filled: number[] = [];
    for (let c = table.left; c <= Math.max(table.right, row.length - 1); c++)
      if (!isBlank(row[c])) filled.push(c);
    if (filled.length === 0) continue;
    const skip = skipReason(cellText(row[filled[0]]));
    if (skip) {
      table.skipped.push({ row: r + 1, why: skip });
      continue;
    }
    const measureAt = (c: number | undefined): CellMeasure | null => {
      if (c === undefined) return null;
      const v = row[c] ?? null;
      return {
        cell: cellAddress(r, c),
        text: cellText(v),
        measure: parseMeasure(v, formatOf(grid, r, c)),
      };
    };
    const indicator = cellText(row[indicatorCol]);
    const hasFigures = valueCols.some((c) => cellText(row[c]) !== "");
    // A row with one text and no figures heads the indicators beneath it.
    if (!hasFigures && filled.length === 1) {
      heading = cellText(row[filled[0]]);
      carried = null;
      table.sections.push(heading);
      table.skipped.push({
        row: r + 1,
        why: `heading "${short(heading)}": the category of the indicators below`,
      });
      continue;
    }
    // Most rows name their indicator; the schema is asked only about those that may not (its
    // failure builds an error object, the cost of a whole row).
    const check = indicator ? null : KpiRowSchema.safeParse({ indicator });
    if (check && !check.success) {
      if (!hasFigures) continue;
      issues.push({
        severity: "error",
        code: "missing-required",
        sheet: grid.sheet,
        cell: cellAddress(r, indicatorCol),
        message: `Row ${r + 1} ${check.error.issues[0].message}: type the indicator's name in ${cellAddress(r, indicatorCol)}.`,
      });
      continue;
    }
    const codeCol = cols.fields.code;
    const code =
      (codeCol !== undefined && cellText(row[codeCol])) ||
      CODE_IN_TEXT.exec(indicator)?.[1].replace(/\s+/g, "") ||
      null;
    const quarters = {} as Record<Quarter, CellMeasure | null>;
    for (const q of QUARTERS) quarters[q] = measureAt(cols.quarterActual[q]);
    const cells: Record<string, string> = { indicator: cellAddress(r, indicatorCol) };
    for (let i = 0; i < fieldCols.length; i++)
      cells[fieldCols[i][0]] = cellAddress(r, fieldCols[i][1]);
    const categoryCol = cols.fields.category;
    const targets = targetCols.map((t) => ({ label: t.label, ...measureAt(t.col)! }));
    const years = cols.yearActuals.map((y) => ({ label: y.label, ...measureAt(y.col)! }));
    const periods = periodCols?.map(({ col, ...p }) => ({ ...p, ...measureAt(col)! }));
    // This year's quarters, then its months (or other periods), each group against every other figure.
    const inYear = (p: { year: number | null; relativeYear: number | null }) =>
      p.year === null && p.relativeYear === null;
    const quarterFigures = [
      ...QUARTERS.map((q) => quarters[q]),
      ...(periods ?? []).filter((p) => inYear(p) && p.quarter !== null),
    ];
    const monthFigures = (periods ?? []).filter((p) => inYear(p) && p.quarter === null);
    for (const group of [quarterFigures, monthFigures]) {
      const others = [...years, ...(periods ?? []), ...quarterFigures].filter(
        (m) => !group.includes(m)
      );
      blankPlaceholderZeros(group, others, targets[0] ?? null);
    }
    kpis.push({
      sheet: grid.sheet,
      row: r + 1,
      indicator,
      code,
      category: categoryOf(categoryCol !== undefined ? cellText(row[categoryCol]) : ""),
      years,
      comparator: measureAt(cols.fields.comparator),
      comparatorLabel:
        cols.fields.comparator !== undefined
          ? (table.headerText[cols.fields.comparator] ?? null)
          : null,
      // Of one target's stages, the one in force that is filled in (an amendment left blank changes nothing).
      target: (stages && targets.find((t) => t.text.trim() !== "")) || (targets[0] ?? null),
      // One target is kept by its year too ("2024/25 Target"), so a figure of another year is not held to it.
      targets: targets.length > 1 || targets[0]?.label ? targets : [],
      actual: measureAt(cols.fields.actual),
      quarters,
      ...(periods && { periods }),
      stated: statedRag(grid, r, cols.fields.status, row),
      ...(byQuarter && {
        quarterTargets: byQuarterOf((q) => measureAt(cols.quarterTarget[q])),
        quarterStated: byQuarterOf((q) => statedRag(grid, r, cols.quarterStatus[q], row)),
      }),
      toleranceText: cellText(row[cols.fields.tolerance ?? -1]),
      comment: cellText(codeCol === cols.fields.comment ? null : row[cols.fields.comment ?? -1]),
      polarityText: cellText(row[cols.fields.polarity ?? -1]),
      ...(operatorCol !== null && { operatorText: cellText(row[operatorCol]) }),
      ...(cols.fields.owner !== undefined && { owner: cellText(row[cols.fields.owner]) }),
      cells: operatorCol === null ? cells : { ...cells, operator: cellAddress(r, operatorCol) },
    });
  }
  return { kpis, issues };
}

function byQuarterOf<T>(f: (q: Quarter) => T): Record<Quarter, T> {
  return { Q1: f("Q1"), Q2: f("Q2"), Q3: f("Q3"), Q4: f("Q4") };
}

function short(text: string): string {
  return text.length > 50 ? text.slice(0, 47) + "…" : text;
}

/** The plan's own status for the KPI: a word ("Green", "Yes", "Not met") or, with no text, the cell's fill. */
function statedRag(
  grid: Grid,
  r: number,
  col: number | undefined,
  row: CellValue[]
): Kpi["stated"] {
  if (col === undefined) return null;
  const text = cellText(row[col]);
  const cell = cellAddress(r, col);
  if (text) {
    const key = normaliseWords(text);
    const rag = STATED_KPI_RAG[key];
    if (rag) return { cell, text, rag };
    // "Amber/Green": read as the worse colour, and either colour agrees with it.
    const pair = colourPair(key);
    return pair ? { cell, text, rag: pair[1], better: pair[0] as "green" | "amber" } : null;
  }
  const fill = ragOfCellFill(grid, r, col);
  return fill ? { cell, text: "", rag: fill } : null;
}

/**
 * An operator column beside the target ("≥ | 95%", "Target | < | 10"): a column next to the
 * target, read as nothing else, every written cell of which is an operator. Null when there is none.
 */
function operatorColumn(
  grid: Grid,
  table: KpiTable,
  headerRows: Set<number>,
  valueCols: number[]
): number | null {
  const target = table.columns.fields.target;
  if (target === undefined) return null;
  const taken = new Set<number>([...valueCols, ...Object.values(table.columns.fields)]);
  for (const c of [target - 1, target + 1]) {
    if (c < table.left || taken.has(c)) continue;
    let operators = 0;
    let other = false;
    for (let r = table.top; r <= table.bottom && !other; r++) {
      if (headerRows.has(r)) continue;
      const text = cellText(grid.rows[r]?.[c] ?? null);
      if (!text) continue;
      if (operatorFrom(text)) operators++;
      else other = true;
    }
    if (operators > 0 && !other) return c;
  }
  return null;
}

/** A budget book's stages of a target, from the one in force ("Amended", "Approved") to the one only asked for ("Proposed"). */
const TARGET_STAGES: RegExp[] = [/\b(amended|revised)\b/i, /\b(approved|adopted|agreed)\b/i];
const ASKED_FOR = /\b(proposed|requested|draft)\b/i;

/**
 * Targets of one year at several stages ("CFY_PROPOSED | CFY_AMENDED | CFY_APPROVED"): the one in force
 * is read first, so a figure is held to it and not to the proposal. Otherwise the sheet's order stands.
 */
function inForceFirst(
  targets: { label: string; col: number }[],
  headerText: Record<number, string>
): { label: string; col: number }[] {
  // Only targets of one year (or none said) are stages of one target; targets of several years stand.
  if (targets.length < 2 || targets.some((t) => t.label !== targets[0].label)) return targets;
  // "CFY_APPROVED": an export's words joined by underscores.
  const words = (t: { col: number }) => (headerText[t.col] ?? "").replace(/_/g, " ");
  if (!targets.some((t) => TARGET_STAGES.some((p) => p.test(words(t))))) return targets;
  const stage = (t: { col: number }) => {
    const text = words(t);
    const i = TARGET_STAGES.findIndex((p) => p.test(text));
    return i >= 0 ? i : ASKED_FOR.test(text) ? TARGET_STAGES.length + 1 : TARGET_STAGES.length;
  };
  return [...targets].sort((a, b) => stage(a) - stage(b));
}

/**
 * Whether a table found by its header is a plan a person would score, or a list that only looks
 * like one: a KPI table with no figures, a list of projects or costs with nothing said of when or
 * how they go, a title column repeating one label, an inventory of an asset's states.
 */
import { Grid, cellText } from "../grid";
import { parseMeasure } from "../parse/measures";
import { parseStatus } from "../parse/statuses";
import { MIN_CELLS } from "../vocabulary/contentRules";
import { DOCUMENT_CONTROL_LABEL, FIELD_DICTIONARY_LABEL } from "../vocabulary/formWords";
import { filledShare } from "./columnShares";
import { bodyRows } from "./content";
import type { ActionTable, PlanTable } from "./types";

export function isPlanTable(grid: Grid, table: PlanTable): boolean {
  return (
    !ratesRisks(table) &&
    !explainsItsColumns(grid, table) &&
    holdsFigures(grid, table) &&
    saysHowItGoes(table) &&
    namesItsRows(grid, table) &&
    !listsItsChoices(grid, table)
  );
}

/**
 * A sheet of drop-down lists under headers ("Résultats attendus | Cibles | Statut | Niveau de priorité"):
 * each column is its own list, top down, of different lengths. Its status column gives each status once and
 * stops while the first column goes on; a plan's rows each have their status, and repeat them.
 */
export function listsItsChoices(grid: Grid, table: PlanTable): boolean {
  if (table.kind !== "actions") return false;
  const status = table.columns.fields.status;
  const title = table.columns.fields.title;
  if (status === undefined || title === undefined) return false;
  const seen = new Set<string>();
  let titles = 0;
  let ended = false;
  for (const r of bodyRows(table, grid)) {
    if (cellText(grid.rows[r]?.[title])) titles++;
    const t = cellText(grid.rows[r]?.[status]);
    if (!t) {
      ended = seen.size > 0;
      continue;
    }
    // A status after a gap, or one given twice: the column is the rows' statuses, not a list.
    if (ended || seen.has(t.toLowerCase())) return false;
    seen.add(t.toLowerCase());
  }
  if (titles <= seen.size) return false;
  // Fewer choices will do when the two are separate lists, with a blank header column between them.
  return (
    seen.size >= LIST_OF_CHOICES ||
    (seen.size >= FEWEST_CHOICES && blankHeaderBetween(table, title, status))
  );
}

const FEWEST_CHOICES = 3;

function blankHeaderBetween(table: PlanTable, a: number, b: number): boolean {
  for (let c = Math.min(a, b) + 1; c < Math.max(a, b); c++)
    if (!(table.headerText[c] ?? "").trim()) return true;
  return false;
}

/** Statuses each given once, top down: a plan's first rows rarely differ in every one of five. */
const LIST_OF_CHOICES = 5;

const ACTION_WORDS =
  /\b(actions?|tasks?|activit(y|ies)|recommendations?|deliverables?|commitments?|steps?)\b/i;

/** Fields that make a list of things a plan: when, how it stands, how it goes, or who answers for it. */
const PLAN_FIELDS = ["status", "stage", "due", "percentComplete", "progress", "milestone"];

/**
 * A list of projects by name and number, of costs, or of categories and their descriptions is not a
 * plan: an action table says when, how it stands or goes, or names an owner in its header.
 */
function saysHowItGoes(table: PlanTable): boolean {
  if (table.kind !== "actions") return true;
  const cols = table.columns;
  if (Object.keys(cols.quarterStatus).length || Object.keys(cols.quarterCommentary).length)
    return true;
  const fields = cols.fields as Record<string, number | undefined>;
  if (PLAN_FIELDS.some((f) => fields[f] !== undefined)) return true;
  // A schedule's start and days per task say when each is due ("Task | Start Date | Days to Complete").
  if (fields.startDate !== undefined && fields.duration !== undefined) return true;
  // A list its header calls actions, by number ("ID | Source | Action | Description"), is a plan still to be
  // given dates; a catalogue's "Objective | Activity | Validation" with no reference is a standard.
  const title = fields.title;
  if (
    title !== undefined &&
    fields.id !== undefined &&
    ACTION_WORDS.test(table.headerText[title] ?? "")
  )
    return true;
  // A service's or system's owner is who keeps it, not who does a piece of work: an inventory.
  if (title !== undefined && CATALOGUE_ITEM.test(table.headerText[title] ?? "")) return false;
  return fields.officer !== undefined && !table.byContent?.includes("officer");
}

/** Rows that are things kept, not work done: "Service Description", "System Name", "Application". */
const CATALOGUE_ITEM =
  /\b(services?|systems?|applications?|assets?|datasets?|data sets?|products?|devices?|servers?|licen[cs]es?)\b/i;

/**
 * A sheet's key to another's columns: the header, then one row saying in a sentence what each column
 * holds ("Budget is taken from the reports…", "Date the action was implemented."), dates and owners too.
 */
const SENTENCE_WORDS = 4;
/** Rows a key may span under its header, blank ones included. */
const KEY_ROWS_AT_MOST = 4;

function explainsItsColumns(grid: Grid, table: PlanTable): boolean {
  // Asked of every table: a long one is settled by its size before its rows are listed.
  if (table.bottom - table.headerRows[table.headerRows.length - 1] > KEY_ROWS_AT_MOST) return false;
  const rows = bodyRows(table, grid);
  if (rows.length !== 1) return false;
  const row = grid.rows[rows[0]] ?? [];
  let named = 0;
  for (const [field, c] of Object.entries(table.columns.fields)) {
    if (c === undefined || field === "title" || field === "indicator") continue;
    const t = cellText(row[c]);
    if (!t) continue;
    if (t.split(/\s+/).length < SENTENCE_WORDS) return false;
    named++;
  }
  return named >= 2;
}

/** A risk's rating in a header ("Original Risk Rating", "Risk Level"). */
const RISK_RATING_HEADER = /\brisk (rating|level|score|exposure)\b/i;

/**
 * Weaknesses rated as risks ("Weakness Name | … | Original Risk Rating | Adjusted Risk Rating"), with no
 * status, stage, due date or quarterly status of their own: a risk exposure table, which the register
 * reader takes, not a plan.
 */
function ratesRisks(table: PlanTable): boolean {
  if (table.kind !== "actions") return false;
  const f = table.columns.fields;
  if (f.status !== undefined || f.stage !== undefined || f.due !== undefined) return false;
  if (Object.keys(table.columns.quarterStatus).length > 0) return false;
  return Object.values(table.headerText).some((t) => RISK_RATING_HEADER.test(t));
}

/**
 * The column that names an action table's rows names each one: "project" of "RESCU" on row after
 * row is what an inventory's items belong to, not what each is called.
 */
const SHORT_LABEL = 30;

function namesItsRows(grid: Grid, table: PlanTable): boolean {
  if (table.kind !== "actions") return true;
  const c = table.columns.fields.title;
  if (c === undefined) return true;
  const seen = new Set<string>();
  let filled = 0;
  for (const r of bodyRows(table, grid)) {
    const t = cellText(grid.rows[r]?.[c]);
    if (!t) continue;
    filled++;
    seen.add(t);
  }
  // Short labels repeated ("RESCU") are a category; a long sentence repeated is a template's example text.
  let length = 0;
  for (const t of seen) length += t.length;
  const short = seen.size > 0 && length / seen.size < SHORT_LABEL;
  if (filled >= MIN_CELLS && seen.size * 2 < filled && short) return false;
  if (areLabels(seen)) return false;
  return !statesOnly(grid, table);
}

/** A field dictionary's labels, or a cover's control block ("Owner", "Author"), down the side. */
function areLabels(titles: Set<string>): boolean {
  let labels = 0;
  for (const t of titles)
    if (FIELD_DICTIONARY_LABEL.test(t) || DOCUMENT_CONTROL_LABEL.test(t)) labels++;
  return labels >= 2 && labels * 2 >= titles.size;
}

/** A table found by what its columns hold whose titles are a form's labels: its rows are no records. */
export function titlesAreLabels(grid: Grid, table: PlanTable): boolean {
  const c = table.kind === "actions" ? table.columns.fields.title : undefined;
  if (c === undefined) return false;
  const seen = new Set<string>();
  for (const r of bodyRows(table, grid)) {
    const t = cellText(grid.rows[r]?.[c]);
    if (t) seen.add(t);
  }
  return areLabels(seen);
}

const RATING = /^\s*\d{1,2}(\.0+)?\s*$/;

/**
 * An inventory's states ("Dig deep", "Decommissioned") under "Status", none of them a plan's status,
 * with no owner or date beside them: the list of a thing's states, not a plan.
 */
function statesOnly(grid: Grid, table: ActionTable): boolean {
  const f = table.columns.fields;
  if (f.status === undefined || f.officer !== undefined || f.due !== undefined) return false;
  let filled = 0;
  for (const r of bodyRows(table, grid)) {
    const t = cellText(grid.rows[r]?.[f.status]);
    if (!t) continue;
    filled++;
    // A rating on a scale ("Implementation Score" 1-5) is read through its key (parse/ratingScale.ts).
    if (parseStatus(t).kind !== "invalid" || RATING.test(t)) return false;
  }
  return filled >= MIN_CELLS;
}

/**
 * Whether a KPI table's figure columns hold figures: "Actual/Forecast" over cells of the words
 * Actual and Forecast is a label, and a table with no column of figures is no KPI table.
 */
function holdsFigures(grid: Grid, table: PlanTable): boolean {
  if (table.kind !== "kpis") return true;
  const cols = table.columns;
  const figureCols = new Set<number>([
    ...Object.values(cols.quarterActual),
    ...Object.values(cols.quarterTarget),
    ...cols.yearActuals.map((y) => y.col),
    ...cols.targets.map((t) => t.col),
    ...[cols.fields.actual, cols.fields.target].filter((c): c is number => c !== undefined),
  ]);
  const rows = bodyRows(table, grid);
  // Indicators are named on their rows; a column of them empty on every row names none.
  const indicator = cols.fields.indicator;
  if (
    indicator !== undefined &&
    rows.length >= MIN_CELLS &&
    filledShare(grid, rows, indicator) === 0
  )
    return false;
  let anyFilled = false;
  for (const c of figureCols) {
    let filled = 0;
    let words = 0;
    for (const r of rows) {
      const v = grid.rows[r]?.[c];
      const m = parseMeasure(v ?? null);
      if (m.kind === "blank") continue;
      filled++;
      if (m.kind === "invalid") words++;
    }
    // Too few cells to judge: the header's word stands.
    if (filled < MIN_CELLS) return true;
    anyFilled = true;
    if (words < 0.8 * filled) return true;
  }
  // A template not yet filled in still has its figure columns: only words where figures go say otherwise.
  return !anyFilled;
}

/** The column scoring highest at or above the threshold, with enough cells to judge; the leftmost on a tie. */

/**
 * The content half of the detector: what a column holds decides its field where the header
 * words did not ("achieved" holding Green/Amber/Red is the status; a column of dates is the due
 * date; "Main contact" of job titles is the owner). Each choice keeps its evidence, in words,
 * for `--explain`, JSON `tables[].evidence` and the pane. Rules are data (vocabulary/contentRules.ts).
 */
import { CellValue, Grid, cellText } from "../grid";
import { parseStatus } from "../parse/statuses";
import { polarityColumn } from "./polarityColumn";
import { isPrompt } from "../parse/rowKinds";
import {
  CODE,
  AIMED_FOR,
  CONTENT_SHARE,
  PLACE_HEADER,
  INITIALS,
  MIN_CELLS,
  OWNER_WORDS,
  PERSON_NAME,
} from "../vocabulary/contentRules";
import type { ActionTable, PlanTable } from "./types";
import { classifyHeader } from "./headers";
import {
  extendsShare,
  filledShare,
  numbersShare,
  repeatsItsHeader,
  best,
  distinctShare,
} from "./columnShares";
import {
  WEAK_FIELDS,
  dropTickedWords,
  namesParent,
  peopleByName,
  referenceColumn,
  statusWhereStatusesRead,
  yesNoCheck,
} from "./contentFields";

/** Rows looked at per column: enough to judge, few enough for a 50,000-row table. */
const SAMPLE_ROWS = 400;

export interface ColumnContent {
  filled: number;
  statuses: number;
  dates: number;
  owners: number;
  codes: number;
  /** Statuses that say where the work is (In progress, Complete, Not started, On hold), not a colour. */
  stages: number;
  /** Up to three distinct status words seen, for the evidence ("Green/Amber/Red"). */
  statusExamples: string[];
}

/** The table's rows under its header, less section headings across it ("Portfolio ID:4": one cell). */
export function bodyRows(table: PlanTable, grid: Grid): number[] {
  const headers = new Set(table.headerRows);
  const rows: number[] = [];
  for (let r = table.top; r <= table.bottom && rows.length < SAMPLE_ROWS; r++)
    if (!headers.has(r) && !isHeadingRow(grid.rows[r])) rows.push(r);
  return rows;
}

function isHeadingRow(row: CellValue[] | undefined): boolean {
  let filled = 0;
  for (const v of row ?? [])
    if (v !== null && v !== undefined && v !== "" && ++filled > 1) return false;
  return true;
}

/**
 * Words no name or post holds: "Does Not Apply", "Not Compliant", "No issues found" are answers;
 * "In-kind or Service Delivery", "Cash or Voucher" how aid is given.
 */
const NOT_IN_NAMES =
  /\b(not|does|do|is|are|has|yes|no|apply|applies|applicable|compliant|pass|passed|fail|failed|none|cash|voucher|in-kind)\b/i;

export function looksLikeOwner(text: string): boolean {
  if (text.length > 60) return false;
  // "No issues found during unit testing" names a unit but is an answer, not who leads.
  return (
    (OWNER_WORDS.test(text) || PERSON_NAME.test(text) || INITIALS.test(text)) &&
    !NOT_IN_NAMES.test(text)
  );
}

export function profileColumn(grid: Grid, rows: number[], col: number): ColumnContent {
  const p: ColumnContent = {
    filled: 0,
    statuses: 0,
    dates: 0,
    owners: 0,
    codes: 0,
    stages: 0,
    statusExamples: [],
  };
  for (const r of rows) {
    const v: CellValue | undefined = grid.rows[r]?.[col];
    if (v === null || v === undefined || v === "") continue;
    const text = cellText(v);
    // A list's prompt ("Please select an option") is a cell not yet filled in.
    if (!text || (typeof v === "string" && isPrompt(text))) continue;
    p.filled++;
    if (v instanceof Date) {
      p.dates++;
      continue;
    }
    if (typeof v === "number") continue;
    // A status is a few words: a sentence is not read as one (nor turned into words to find out).
    const status = text.length > STATUS_TEXT ? NOT_A_STATUS : parseStatus(text);
    if (status.kind === "set") {
      p.statuses++;
      if (STAGE_WORD_STATUSES.has(status.status) && !COLOUR_WORD.test(text)) p.stages++;
      if (p.statusExamples.length < 3 && !p.statusExamples.includes(text))
        p.statusExamples.push(text);
    } else if (CODE.test(text) && text.length <= 12) p.codes++;
    else if (looksLikeOwner(text)) p.owners++;
  }
  return p;
}

/** Longer than any status a column of statuses holds ("Completed 50% or more", "Amber/Green"). */
const STATUS_TEXT = 40;
const NOT_A_STATUS = { kind: "invalid" } as const;

const STAGE_WORD_STATUSES = new Set(["Complete", "In Progress", "Not Started", "On Hold"]);
const COLOUR_WORD = /^\s*(blue|b|green|g|amber|a|red|r)\s*$/i;

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

function headerWords(table: PlanTable, col: number): string {
  const h = table.headerText[col];
  return h ? `header '${h.replace(/\s+/g, " ")}' (weak)` : "no header";
}

/** Headers of dates that are not when an action is due. */
const OTHER_DATES =
  /\b(start|started|raised|meeting|origin|original|detection|detected|identified|discovered|created|logged|opened|reported|received|review|reviewed|agreed|approved|exec|updated|last|added|entered|submitted|document|version|file|issued|published|signed)\b|^date$/i;

/**
 * Fills the fields the header words left empty, from what the columns hold. Only columns the
 * header words gave no field, or only a weak one, are looked at; the evidence is kept on the table.
 */
export function settleByContent(grid: Grid, table: PlanTable): void {
  const fields = table.columns.fields as Record<string, number | undefined>;
  const rows = bodyRows(table, grid);
  if (table.kind === "actions") dropTickedWords(grid, table, rows);
  const taken = new Map<number, string>();
  for (const [f, c] of Object.entries(fields)) if (c !== undefined) taken.set(c, f);
  const quarterCols = new Set<number>([
    ...Object.values(table.columns.quarterStatus),
    ...(table.kind === "kpis"
      ? [
          ...Object.values(table.columns.quarterActual),
          ...Object.values(table.columns.quarterTarget),
          ...table.columns.yearActuals.map((y) => y.col),
          ...table.columns.targets.map((t) => t.col),
        ]
      : Object.values(table.columns.quarterCommentary)),
  ]);
  const free = (c: number) =>
    !quarterCols.has(c) && (!taken.has(c) || WEAK_FIELDS.has(taken.get(c)!));
  const profiles = new Map<number, ColumnContent>();
  const profile = (c: number) => {
    let p = profiles.get(c);
    if (!p) profiles.set(c, (p = profileColumn(grid, rows, c)));
    return p;
  };
  const columns: number[] = [];
  for (let c = table.left; c <= table.right; c++) if (free(c)) columns.push(c);

  const take = (field: string, c: number, why: string) => {
    const before = taken.get(c);
    if (before) delete fields[before];
    fields[field] = c;
    taken.set(c, field);
    (table.evidence ??= {})[field] = `${headerWords(table, c)}; ${why}`;
    (table.byContent ??= []).push(field);
  };

  const hasStatus =
    fields.status !== undefined || Object.keys(table.columns.quarterStatus).length > 0;
  if (!hasStatus) {
    // Beside a stage ("Phase"), a column of statuses is how the work goes ("Health": Green / Not Started).
    const c = best(
      columns.filter((x) => x !== fields.stage),
      profile,
      (p) => share(p.statuses, p.filled),
      CONTENT_SHARE.status
    );
    if (c !== null) {
      const p = profile(c);
      take("status", c, `${p.statuses} of ${p.filled} cells ${p.statusExamples.join("/")}`);
    } else if (table.kind === "actions") yesNoCheck(grid, table, rows, columns, taken, take);
  }
  if (table.kind === "kpis" && fields.polarity === undefined)
    polarityColumn(grid, rows, columns, taken, take);
  if (table.kind !== "actions") return;
  const action = table as ActionTable;
  referenceColumn(grid, action, rows, free, take);
  if (fields.status !== undefined && fields.stage === undefined) {
    // A "rating" of bare numbers (no status words) beside a column of Green/Amber/Red: the words
    // are the status ("Overall_Benefit_Rating" of 1–5 beside "Delivery Confidence" of colours).
    const was = fields.status;
    const numbers = profile(was);
    if (numbers.statuses === 0 && numbersShare(grid, rows, was) >= CONTENT_SHARE.status) {
      const c = best(
        columns.filter((x) => x !== was && !taken.has(x)),
        profile,
        (p) => share(p.statuses, p.filled) * (share(p.stages, p.filled) < 0.2 ? 1 : 0),
        CONTENT_SHARE.status
      );
      if (c !== null) {
        const p = profile(c);
        delete fields.status;
        taken.delete(was);
        take(
          "status",
          c,
          `${p.statuses} of ${p.filled} cells ${p.statusExamples.join("/")}, where '${table.headerText[was]}' holds only numbers`
        );
      }
    }
  }
  statusWhereStatusesRead(table, fields, taken, profile, take);
  if (fields.stage === undefined && fields.status !== undefined) {
    // A "status" of In progress / Complete beside a column of colours: the colours are the status,
    // the words the stage ("Project status | Spend RAG | Delivery RAG").
    const was = fields.status;
    const words = profile(was);
    if (words.filled >= MIN_CELLS && share(words.stages, words.filled) >= CONTENT_SHARE.status) {
      const colours = columns.filter((x) => {
        if (taken.has(x)) return false;
        const p = profile(x);
        return (
          p.filled >= MIN_CELLS &&
          share(p.statuses, p.filled) >= CONTENT_SHARE.status &&
          share(p.stages, p.filled) < 0.2
        );
      });
      const c =
        colours.find((x) => /\b(delivery|overall|progress)\b/i.test(table.headerText[x] ?? "")) ??
        colours[0];
      if (c !== undefined) {
        const p = profile(c);
        take(
          "stage",
          was,
          `${words.stages} of ${words.filled} cells say where the work is (${words.statusExamples.join("/")})`
        );
        take("status", c, `${p.statuses} of ${p.filled} cells ${p.statusExamples.join("/")}`);
      }
    }
  }
  if (fields.stage === undefined && fields.status !== undefined) {
    // "Project status" of In progress / Project complete beside a RAG column: where the work is
    // (not a "Target Status": where it is meant to end up).
    const c = best(
      columns.filter((x) => !taken.has(x) && !AIMED_FOR.test(table.headerText[x] ?? "")),
      profile,
      (p) => share(p.stages, p.filled),
      CONTENT_SHARE.status
    );
    if (c !== null) {
      const p = profile(c);
      take(
        "stage",
        c,
        `${p.stages} of ${p.filled} cells say where the work is (${p.statusExamples.join("/")})`
      );
    }
  }
  const idCol = action.columns.fields.id;
  if (idCol !== undefined) {
    // "ProjectID | … | BenefitID": of two reference columns, the one unique on every row names the row,
    // and so does one that extends the other's ("AGA_001_B_01" under "AGA_001"); the other is what it belongs to.
    const repeats = distinctShare(grid, rows, idCol) < 0.8;
    const finer = columns.find(
      (x) =>
        x !== idCol &&
        classifyHeader(table.headerText[x] ?? "").some(
          (m) => m.table === "actions" && m.field === "id"
        ) &&
        filledShare(grid, rows, x) >= 0.9 &&
        distinctShare(grid, rows, x) === 1 &&
        (repeats || extendsShare(grid, rows, idCol, x, MIN_CELLS) >= 0.9)
    );
    if (finer === undefined && namesParent(table, idCol, repeats)) {
      // "Risk ID" repeated down a risk treatment plan: the risk each action treats, so repeats are right.
      (table as ActionTable).columns.idNamesParent = true;
    } else if (finer !== undefined) {
      delete fields.id;
      taken.delete(idCol);
      take(
        "id",
        finer,
        repeats
          ? `unique on every row, where '${table.headerText[idCol]}' repeats`
          : `each extends the reference in '${table.headerText[idCol]}', which it belongs to`
      );
    }
  }
  const titleCol = action.columns.fields.title;
  if (action.columns.fields.id === undefined && titleCol !== undefined) {
    // Rows named by their references alone ("FHSFEBD001"): the references are the ids too.
    const p = profile(titleCol);
    if (p.filled >= 1 && share(p.codes, p.filled) >= CONTENT_SHARE.id) {
      action.columns.fields.id = titleCol;
      (table.evidence ??= {}).id =
        `${headerWords(table, titleCol)}; ${p.codes} of ${p.filled} cells references, which also name the rows`;
    }
  }
  if (
    action.columns.fields.id === undefined &&
    table.left > 0 &&
    !table.headerText[table.left - 1]
  ) {
    // "B1, B2 …" just left of the header, under a blank header cell: the rows' references.
    const c = table.left - 1;
    const p = profile(c);
    if (p.filled >= MIN_CELLS && share(p.codes, p.filled) >= CONTENT_SHARE.id) {
      take("id", c, `${p.codes} of ${p.filled} cells references`);
      table.left = c;
    }
  }
  if (action.columns.fields.due === undefined) {
    // Only when one column alone holds dates, and its header does not say it is another date
    // (a meeting, a start, a review): a wrong due date makes every action overdue.
    const dateColumns = columns.filter((x) => {
      const p = profile(x);
      return p.filled >= MIN_CELLS && share(p.dates, p.filled) >= CONTENT_SHARE.due;
    });
    const c = dateColumns.length === 1 ? dateColumns[0] : null;
    if (c !== null && !OTHER_DATES.test((table.headerText[c] ?? "").replace(/_/g, " "))) {
      const p = profile(c);
      take("due", c, `${p.dates} of ${p.filled} cells dates`);
    }
  }
  const owner = action.columns.fields.officer;
  if (owner !== undefined) {
    // "Project Lead 1" mostly blank beside "Cabinet Lead 1" always filled: the owner is the one given.
    const given = filledShare(grid, rows, owner);
    if (given < 0.5) {
      const fuller = columns.find(
        (x) =>
          !taken.has(x) &&
          x !== owner &&
          classifyHeader(table.headerText[x] ?? "").some(
            (m) => m.table === "actions" && m.field === "officer"
          ) &&
          filledShare(grid, rows, x) >= 0.9
      );
      if (fuller !== undefined) {
        delete fields.officer;
        taken.delete(owner);
        take(
          "officer",
          fuller,
          `filled on ${Math.round(filledShare(grid, rows, fuller) * 100)}% of rows, where '${table.headerText[owner]}' is on ${Math.round(given * 100)}%`
        );
      }
    }
  }
  if (action.columns.fields.officer === undefined) {
    // A question's column ("Web-only or SW only?") holds its answers, not who leads the work.
    const c = best(
      columns.filter(
        (x) =>
          !taken.has(x) &&
          !PLACE_HEADER.test(table.headerText[x] ?? "") &&
          !(table.headerText[x] ?? "").trim().endsWith("?") &&
          !repeatsItsHeader(grid, rows, x, table.headerText[x])
      ),
      profile,
      (p) => share(p.owners, p.filled),
      CONTENT_SHARE.officer
    );
    if (c !== null) {
      const p = profile(c);
      take("officer", c, `${p.owners} of ${p.filled} cells name a person or a post`);
    } else peopleByName(grid, table, rows, columns, taken, take);
  }
}

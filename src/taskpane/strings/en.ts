/**
 * Every word the pane itself shows, in English. The type of this object is the type of every
 * language (`Strings`), so a key missing from another language's file is a compile error.
 * Sentences with a number or a name are functions, so each language orders its own words.
 * The core's issue messages are not here: they stay English for now.
 */
import { plural } from "../../core/text";

export const en = {
  /** BCP 47 tag for `<html lang>`. */
  lang: "en-GB",
  language: {
    label: "Language",
    en: "English",
    cy: "Cymraeg (Welsh)",
    hint: "The pane's own words. Issue messages are in English.",
  },
  header: {
    title: "Plan Scorecard",
    subtitleExcel: "Checks this workbook's plan and writes summary sheets.",
    subtitleFile: "Open a plan workbook: nothing leaves this browser.",
  },
  actionBar: {
    region: "Plan actions",
    quarter: "Quarter",
    quarterHint: "Auto uses the latest quarter the plan has statuses or figures for.",
    auto: "Auto",
    q1: "Q1 (Apr–Jun)",
    q2: "Q2 (Jul–Sep)",
    q3: "Q3 (Oct–Dec)",
    q4: "Q4 (Jan–Mar)",
    validate: "Validate plan",
    generate: "Generate summary",
    refresh: "Refresh KPIs",
  },
  running: {
    validate: "Reading and checking the plan…",
    generate: "Writing Plan Summary, KPI Scorecard and Plan Issues…",
    refresh: "Refreshing the KPI Scorecard and KPI History…",
    preview: "Finding the plan's status cells…",
    prepare: "Adding status drop-downs and colours…",
    remove: "Removing Prepare plan's drop-downs and colours…",
    rollup: (n: number) => `Reading ${n} plans for the roll-up…`,
    rollupProgress: (done: number, total: number, failed: number) =>
      `Read ${done} of ${total} plans${failed ? ` (${failed} could not be read)` : ""}…`,
  },
  app: {
    wrote: (parts: string[]) => `Wrote ${parts.join(", ")}.`,
    replaced: " (replaced)",
    userSheetKept: (name: string) => ` — your sheet "${name}" was left as it is`,
    notXlsx: (name: string) =>
      `${name} is not an .xlsx workbook. Save it from Excel as .xlsx and open it again.`,
    correctionNotSaved: (why: string) => `The correction could not be saved: ${why}`,
    download: (name: string) => `Download ${name}`,
    issues: "Issues",
    rules: "Rules",
    rulesSaved: "Rules saved.",
    rolledUp: (n: number) => `${n} files, rolled up`,
    loading: "Loading…",
    loadFailed: (why: string) => `This part of the pane could not be loaded: ${why}`,
  },
  fileOpen: {
    openOne: "Open a plan workbook (.xlsx)",
    openMany: "Open a plan workbook (.xlsx), or several for a roll-up",
    current: (name: string) => `Open: ${name}`,
    dropOne: "…or drop it here. The files stay on this computer.",
    dropMany: "…or drop them here. The files stay on this computer.",
  },
  count: {
    actions: (n: number) => plural(n, "action"),
    kpis: (n: number) => plural(n, "KPI"),
    risks: (n: number) => plural(n, "risk"),
    errors: (n: number) => plural(n, "error"),
    warnings: (n: number) => plural(n, "warning"),
    notes: (n: number) => plural(n, "note"),
    cells: (n: number) => plural(n, "cell"),
    statusCells: (n: number) => plural(n, "status cell"),
    sheets: (n: number) => plural(n, "sheet"),
    rows: (n: number) => plural(n, "row"),
    moreRows: (n: number) => plural(n, "more row"),
    items: (n: number) => plural(n, "item"),
    moves: (n: number) => plural(n, "move"),
    files: (n: number) => plural(n, "file"),
    plans: (n: number) => plural(n, "plan"),
    colourRules: (n: number) => plural(n, "colour rule"),
  },
  rag: { red: "Red", amber: "Amber", green: "Green", blue: "Blue", grey: "Grey" },
  summary: {
    region: "Result",
    noQuarter: "no quarter",
    /** Why the as-of date is what it is, for a plan with no quarter of its own: "as of 2026-12-07 (today)". */
    asOfToday: (date: string) => `${date} (today)`,
    asOfPlanEnd: (date: string) => `${date} (the end of the plan's period)`,
    /** "16 actions and 19 KPIs read (Q2 2015/16, as of 2015-09-30): 0 errors, 8 warnings, 3 notes." */
    counts: (
      actions: string,
      kpis: string,
      period: string,
      asOf: string | null,
      errors: string,
      warnings: string,
      notes: string
    ) =>
      `${actions} and ${kpis} read (${period}${asOf ? `, as of ${asOf}` : ""}): ${errors}, ${warnings}, ${notes}.`,
    actions: "Actions",
    kpis: "KPIs",
    byRag: (title: string) => `${title} by RAG`,
    offTarget: "Off target",
    behind: "Behind",
    onTarget: "On target",
    complete: "Complete",
    notSet: "Not set",
    dataOnly: "Data only",
    noData: "No data",
    higherBetter: "higher is better",
    lowerBetter: "lower is better",
    assumed: (kpis: string, ways: string[]) =>
      `${kpis}: ${ways.join(" or ")} was assumed — see Issues.`,
    /** "52 of 88 complete or on target — 59%; 36 not understood, 4 not set": nothing left out quietly. */
    onTargetLine: (
      on: number,
      counted: number,
      percent: number,
      notUnderstood: number,
      notSet: number,
      notScored: number,
      notJudged: number
    ) => {
      const aside = [
        notUnderstood ? `${notUnderstood} not understood` : "",
        notJudged ? `${notJudged} in progress not judged (no % complete or due date)` : "",
        notSet ? `${notSet} not set` : "",
        notScored ? `${notScored} not scored` : "",
      ].filter(Boolean);
      return `${on} of ${counted} complete or on target — ${percent}%${aside.length ? `; ${aside.join(", ")}` : ""}`;
    },
  },
  issues: {
    none: "No issues found.",
    bySheet: "Issues by sheet",
    sheetHeading: (sheet: string, errors: string, warnings: string, notes: string) =>
      `${sheet} — ${errors}, ${warnings}, ${notes}`,
    onSheet: (sheet: string) => `Issues on ${sheet}`,
    error: "Error",
    warning: "Warning",
    note: "Note",
  },
  cell: { goTo: (where: string) => `Go to ${where}` },
  movement: {
    title: (since: string) => `What moved since ${since}`,
    nothing: "nothing",
    tally: (worse: number, better: number) => `${worse} worse, ${better} better`,
    none: (since: string) => `No action or KPI has a different RAG from ${since}.`,
    actions: (moves: string) => `Actions (${moves})`,
    kpis: (moves: string) => `KPIs (${moves})`,
    action: "Action",
    kpi: "KPI",
    sinceNow: (since: string) => `${since} → now`,
    moved: "Moved",
    to: "to",
    worse: "Worse",
    better: "Better",
  },
  risks: {
    title: "Risks",
    byRag: "Open risks",
    notAssessed: "Not assessed",
    closed: (n: number) => `${plural(n, "closed risk")} listed, not scored.`,
    map: (l: number, i: number) =>
      `Open risks by likelihood (1–${l}) and impact (1–${i}), as assessed now. Choose a cell to list its risks.`,
    likelihood: (l: number) => `Likelihood ${l}`,
    impact: (i: number) => `Impact ${i}`,
    cell: (l: number, i: number, n: number) => `Likelihood ${l}, impact ${i}: ${plural(n, "risk")}`,
    inCell: (l: number, i: number) => `Risks at likelihood ${l}, impact ${i}`,
    otherScale: (n: number) => `${plural(n, "risk")} on another scale not in the map.`,
    score: (n: number) => `score ${n}`,
  },
  exceptions: {
    title: "To explain",
    nothing: "nothing",
    withoutCommentary: (n: number) => `, ${n} without commentary`,
    none: (quarter: string | null) =>
      `No action is behind or off target and no KPI is red or amber${quarter ? ` in ${quarter}` : ""}.`,
    action: "Action",
    kpi: "KPI",
    owner: (name: string) => `Owner: ${name}`,
    commentary: "Commentary:",
    noneGiven: "(none given)",
    writeIn: (cell: string) => `write it in ${cell}`,
  },
  reading: {
    title: "How the plan was read",
    intro:
      "The column each field was read from. If one is wrong or missing, pick the right column: the plan itself is not changed.",
    keptWorkbook:
      "Corrections are saved in this workbook, so Validate plan, Generate summary and Refresh KPIs on the ribbon use them too.",
    keptSession: "Corrections are kept for this session: the file on your computer is not changed.",
    noTable: "No table was read.",
    corrected: (what: string, letter: string) =>
      letter === "-" ? `${what} is now not read.` : `${what} is now read from column ${letter}.`,
    fieldIn: (field: string, table: string) => `${field} in ${table}`,
    forgotten: (name: string) =>
      `Your corrections for ${name} are forgotten: it is read as the plan's headers say.`,
    unmatchedRegion: "Corrections that match no table",
    unmatchedTitle: "Corrections that match no table read this time",
    unmatchedName: (sheet: string, row: number) => `${sheet}, header row ${row}`,
    kindActions: "actions",
    kindKpis: "KPIs",
    forget: "Forget",
    forgetFor: (name: string) => `Forget corrections for ${name}`,
    actionsBadge: "Actions",
    kpisBadge: "KPIs",
    correctedByYou: "Corrected by you",
    headerRows: (rows: number[]) =>
      `${rows.length === 1 ? "Header row" : "Header rows"} ${rows.join(", ")}.`,
    columnsRead: "Columns read",
    byContent: (why: string) => `Read by what its cells hold: ${why}`,
    field: "Field",
    column: "Column",
    header: "Header",
    sections: "Sections",
    categories: "Categories",
    groupsFound: (groups: string, n: number) => `${groups} found: ${n === 0 ? "none" : n}`,
    groupsIn: (groups: string, name: string) => `${groups} found in ${name}`,
    skipped: (rows: string | null) => `Rows skipped: ${rows ?? "none"}`,
    skippedIn: (name: string) => `Rows skipped in ${name}`,
    row: (row: number, why: string) => `Row ${row}: ${why}`,
    andMore: (rows: string) => `and ${rows}`,
    correctColumn: "Correct a column",
  },
  picker: {
    form: (name: string) => `Correct how ${name} is read`,
    field: "Field",
    fromColumn: "Read it from column",
    columnOf: (letter: string) => `column ${letter}`,
    notRead: "not read",
    none: "(none): do not read it",
    needsColumn: (field: string) =>
      `Every row is read for its ${field}, so it needs a column: pick the column it is in.`,
    alsoRead: (column: string, fields: string[]) =>
      `Column ${column} is also read as ${fields.join(", ")}; pick (none) for that field if it is wrong.`,
    apply: "Apply",
    forget: "Forget my corrections for this table",
  },
  /** Field names as the pane shows them ("Owner", not "officer"); fields the vocabulary gains later are named from their key. */
  fields: {
    actions: {
      title: "Action",
      id: "Reference",
      officer: "Owner",
      due: "Due date",
      startDate: "Start date",
      duration: "Duration (days)",
      percentComplete: "% complete",
      status: "Status / RAG",
      priority: "Priority / objective",
      milestone: "Milestone",
      progress: "Progress / commentary",
      outcome: "Outcome / measure",
      benefits: "Benefits",
      resources: "Resources",
      partners: "Partners",
      plan: "Strategic plan",
    },
    kpis: {
      indicator: "Indicator",
      code: "Code / reference",
      target: "Target",
      actual: "Actual / result",
      polarity: "Good is (higher or lower)",
      status: "Status / RAG (the plan's own)",
      tolerance: "Tolerance",
      baseline: "Baseline",
      trend: "Trend",
      comparator: "Comparator (e.g. Wales average)",
      category: "Category",
      comment: "Comment",
      owner: "Owner (who answers for it)",
    },
    quarterStatus: (q: string) => `${q} status`,
    quarterFigure: (q: string) => `${q} figure`,
    quarterCommentary: (q: string) => `${q} commentary`,
  },
  settings: {
    region: "Settings",
    amberBand: "Amber band (% of target)",
    amberBandError: "Amber band must be a number from 0 to 100.",
    polarity: "When a KPI says nothing, good is",
    higher: "Higher",
    lower: "Lower",
    saveWorkbook: "Save rules in this workbook",
    saveSession: "Save rules for this session",
  },
  prepare: {
    region: "Prepare plan",
    button: "Prepare plan",
    remove: "Remove preparation",
    willAdd: "What Prepare plan will add",
    added: "What Prepare plan added",
    removedRegion: "What Remove preparation took out",
    addTo: (cells: string) => `Add drop-downs to ${cells}`,
    cancel: "Cancel",
    close: "Close",
    removedBySheet: "Removed, by sheet",
    leftAlone: (n: number) =>
      ` ${plural(n, "cell")} with a drop-down of your own ${n === 1 ? "is" : "are"} left alone.`,
    previewHeadline: (cells: number, sheets: number) =>
      `${plural(cells, "status cell")} on ${plural(sheets, "sheet")} will get a drop-down and colours. No value is changed.`,
    doneHeadline: (cells: number, sheets: number) =>
      `Added a status drop-down and colours to ${plural(cells, "cell")} on ${plural(sheets, "sheet")}. No value was changed.`,
    alreadyPrepared: (cells: number) =>
      `The plan is prepared already: its ${plural(cells, "status cell")} have drop-downs from Prepare plan, so there is nothing to add.`,
    allOwn: (cells: number) =>
      `Every status cell has a drop-down of your own (${plural(cells, "cell")}), so there is nothing to add: yours are left alone.`,
    noStatusCells:
      "No status cells were found, so there is nothing to prepare. Check How the plan was read: a status or RAG column must be read for Prepare plan to find it.",
    nothingToRemove:
      "There was nothing to remove: this workbook has no drop-downs or colours from Prepare plan.",
    removed: (cells: number, rules: number, sheets: number) =>
      `Removed Prepare plan's drop-downs from ${plural(cells, "cell")} and ${plural(rules, "colour rule")} on ${plural(sheets, "sheet")}. Your own drop-downs, colours and values are as they were.`,
    sheetRegion: (sheet: string) => `Status cells on ${sheet}`,
    sheetLine: (sheet: string, cells: string, preview: boolean) =>
      `${sheet}: ${cells} ${preview ? "to prepare" : "prepared"}`,
    dropDownsOn: (sheet: string) => `Drop-downs on ${sheet}`,
    /** `what` is the core's description of the cells ("quarter statuses"). */
    group: (what: string, table: string, cells: string) =>
      `${what.charAt(0).toUpperCase()}${what.slice(1)} of the table at ${table}: ${cells}`,
    statuses: (list: string[]) => `Statuses: ${list.join(" / ")}`,
    alreadyOnSheet: (cells: string) => `Already prepared: ${cells}.`,
    leftAloneOnSheet: "Left alone, with a drop-down of your own:",
  },
  rollup: {
    region: "Roll-up",
    title: (files: string) => `Roll-up of ${files}`,
    counts: (
      plans: string,
      failed: number,
      actions: string,
      onTarget: string | null,
      kpis: string,
      errors: string,
      warnings: string,
      unread = ""
    ) =>
      `${plans} read${failed ? `, ${failed} could not be read` : ""}: ${actions}, ${onTarget === null ? "no action statuses" : `${onTarget} on target`}${unread ? ` (${unread})` : ""}, ${kpis}; ${errors}, ${warnings}.`,
    /** The statuses the percentage could not count as read, said beside it: "1 not understood". */
    unread: (notUnderstood: number, notJudged: number, notSet: number) =>
      [
        notUnderstood ? `${notUnderstood} not understood` : "",
        notJudged ? `${notJudged} in progress not judged` : "",
        notSet ? `${notSet} not set` : "",
      ]
        .filter(Boolean)
        .join(", "),
    plans: "Plans",
    file: "File",
    plan: "Plan",
    actions: "Actions",
    onTarget: "On target",
    errors: "Errors",
    noTitle: "(no title)",
    notRead: (why: string) => `Could not be read: ${why}`,
    allPlans: "All plans",
    noStatus: "No action has a status",
  },
  /** Excel only: other plan files picked and rolled up with this workbook's plan into its Plans Roll-up sheet. */
  rollupExcel: {
    region: "Roll up other plans",
    title: "Roll up other plans into this workbook",
    hint: "Add other services' plan files (.xlsx). This workbook's plan and theirs are rolled up into a Plans Roll-up sheet here. The files are read on this computer and are not changed.",
    pick: "Add plan files (.xlsx)",
    chosen: (files: string, names: string[]) => `${files} chosen: ${names.join(", ")}`,
    notXlsx: (names: string[]) => `Not .xlsx workbooks, so left out: ${names.join(", ")}`,
    clear: "Clear the list",
    allSheets: "Also write All KPIs and All Issues",
    run: "Roll up into this workbook",
    writing: "Writing the roll-up into this workbook…",
  },
};

export type Strings = typeof en;

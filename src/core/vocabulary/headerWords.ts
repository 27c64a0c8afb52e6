/**
 * What header words mean: the phrases councils, housing landlords, partnerships
 * and scrutiny committees put over their columns. Plain data: adding a council's
 * vocabulary is a line here (and a layout in test/fixtures/layouts), not a branch
 * in the detector. Phrases are lower-case words; "%" is read as the word "percent";
 * a header may add up to four words of its own and one-letter typos in long words.
 */
export type ActionField =
  | "id" | "priority" | "title" | "milestone" | "due" | "startDate" | "percentComplete" | "resources" | "partners"
  | "officer" | "progress" | "benefits" | "plan" | "outcome" | "status" | "stage";

export type KpiField =
  | "indicator" | "code" | "comparator" | "target" | "actual" | "comment" | "polarity" | "category"
  | "status" | "trend" | "tolerance";

export const ACTION_HEADER_WORDS: Record<ActionField, string[]> = {
  id: ["ref", "reference", "ref no", "reference number", "id", "no", "number", "action no", "action number", "action ref", "action id",
    "rec no", "recommendation no", "recommendation number"],
  priority: ["safeguarding priorities outcomes", "priority", "priorities", "priority area", "objective", "objectives", "strategic priority",
    "theme", "aim", "area", "outcome area", "workstream"],
  title: ["activities", "activity", "action", "actions", "action description", "task", "tasks", "key actions", "key action",
    "what we will do", "what will we do", "specific actions", "specific action", "actions to be taken", "action to be taken",
    "planned action", "planned actions", "improvement action", "improvement actions", "recommendation", "recommendations",
    "actions required", "action required"],
  milestone: ["milestone", "milestones", "key milestone", "key milestones"],
  due: ["milestone due date", "due date", "due", "target date", "deadline", "timescale", "timescales", "by when", "target completion date",
    "date due", "end date", "completion target", "target completion", "due by", "date for completion", "expected completion date",
    "finish date", "target end date", "when"],
  startDate: ["start date", "start", "date started", "planned start", "planned start date", "start by"],
  percentComplete: ["percent complete", "percent completed", "percentage complete", "percent progress", "progress percent", "complete percent"],
  resources: ["resources required", "resources", "resource", "funding", "budget", "cost"],
  partners: ["support required from other departments partners", "support required", "partners", "partner", "dependencies",
    "organisation", "partner agencies", "supporting agencies", "supporting partners"],
  officer: ["officer responsible", "lead officer", "lead officers", "responsible officer", "lead", "owner", "action owner", "officer",
    "responsible", "accountable officer", "lead person", "responsibility", "who", "lead agency", "lead organisation", "lead partner",
    "executive lead", "lead director", "lead executive", "responsible director", "accountable director", "senior responsible officer", "sro",
    "responsible lead", "service lead", "clinical lead", "project lead", "project manager", "lead manager", "responsible manager",
    "delivery lead", "named lead"],
  // The first seed keeps its progress narrative under "Completion Date".
  progress: ["completion date", "progress", "progress update", "progress to date", "update", "commentary", "comments", "current position",
    "action taken", "actions taken", "progress made", "latest update", "progress comments", "progress commentary", "narrative"],
  benefits: ["benefits planned savings income generated", "benefits", "expected impact of this action", "expected impact", "impact",
    "expected outcome"],
  plan: ["strategic plan it aligns to", "strategic plan", "links to plan"],
  outcome: ["outcome it contributes to", "outcome", "outcomes", "output outcome measurement", "output", "outputs", "success measure",
    "success measures", "measure of success", "success criteria", "outcome measure"],
  status: ["status", "rag", "rag status", "rag rating", "progress status", "current status", "overall status", "progress rating",
    "overall rag", "rating"],
  // Where an action is (In Progress, Deferred…), beside or instead of its RAG.
  stage: ["stage", "current stage", "delivery stage", "project stage", "phase", "progress stage"],
};

/** "actual" and "baseline" columns are read by their figure words and years (detect/headers.ts `figureMeaning`). */
export const KPI_HEADER_WORDS: Record<Exclude<KpiField, "actual" | "baseline">, string[]> = {
  indicator: ["indicator", "indicators", "performance indicator", "performance indicators", "measure", "measures", "performance measure",
    "performance measures", "kpi", "kpis", "pi", "kpi description", "criteria", "criterion", "metric", "indicator description",
    "key performance indicator", "outcome indicator", "success measure"],
  code: ["pi ref", "kpi ref", "code", "pi code", "kpi code", "ref", "reference", "id", "kpi no", "pi no"],
  comparator: ["latest wales av", "latest wales average", "wales average", "wales av", "welsh average", "all wales average",
    "national average", "england average", "comparator", "benchmark", "family group average", "regional average", "peer average"],
  target: ["target", "targets", "annual target", "target for year", "year end target", "annual target figure", "quarterly target",
    "monthly target", "yearly target", "revised target", "agreed target", "local target", "stretch target", "interim target", "current target",
    "cumulative target", "target value", "target figure", "ytd target", "year to date target"],
  comment: ["context comment", "comment", "comments", "context", "notes", "note", "commentary", "narrative", "explanation",
    "remedial action", "explanation of performance"],
  polarity: ["polarity", "good is", "good performance is", "direction", "higher or lower is better", "better if", "is higher better",
    "aim to"],
  category: ["category", "type", "theme", "outcome area", "outcome", "outcomes", "priority", "priority area", "objective"],
  status: ["target met", "status", "rag", "rag status", "rag rating", "performance status", "on target", "met", "overall status"],
  trend: ["trend", "direction of travel", "dot", "travel"],
  // Not "Variance": in most reports it is actual − target, and read as a tolerance it would turn reds amber.
  tolerance: ["tolerance", "amber threshold", "tolerance threshold", "amber tolerance"],
};

/** First words of a KPI "figure" column: "Actual", "Results", "Outturn 2023/24", "Achievement at 31 March 2014". */
export const ACTUAL_WORDS = ["actual", "actuals", "result", "results", "outturn", "outturns", "performance", "achievement",
  "achieved", "value", "position", "latest", "current", "year end", "year to date", "ytd", "figure", "data"];

/** Words after a quarter ("Q2 …") that make it a figure column rather than an action's commentary. */
export const FIGURE_WORDS = new Set(["actual", "actuals", "performance", "result", "results", "outturn", "figure", "value", "data",
  "achievement", "ytd", "cumulative"]);
/** Words after a quarter that make it the action's commentary ("Q2 Performance appraisal", "Q1 update"). */
export const COMMENTARY_WORDS = new Set(["appraisal", "performance", "commentary", "comment", "comments", "update", "narrative",
  "progress", "notes", "note"]);

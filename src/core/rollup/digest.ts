/**
 * One plan as the roll-up needs it: counts, its KPIs and its issues as plain
 * data. A digest is what a worker thread sends back (structured-cloned), so it
 * holds no grids, no records and nothing that is not plain JSON.
 */
import type { PlanReport, ScoredKpi } from "../analyse";
import { countIssues } from "../analyse";
import type { Quarter } from "../detect/headers";
import { Grid, cellText } from "../grid";
import type { PlanIssue } from "../issues";
import type { Rag } from "../model";
import { ragCounts, shareRag, summariseActions } from "../score/summary";
import type { Polarity } from "../model";
import type { GreyReason, Trend } from "../score/kpis";
import type { AsOfSource } from "../asOf";

export type RagCounts = Record<Rag, number>;

/** One KPI for the All KPIs sheet. */
export interface KpiDigest {
  sheet: string;
  row: number;
  indicator: string;
  code: string | null;
  category: string | null;
  period: string | null;
  actual: number | null;
  /** The actual as the plan wrote it ("12.4% (482/3885)"). */
  actualText: string | null;
  actualIsPercent: boolean;
  target: string | null;
  rag: Rag;
  /** Why a grey KPI is grey: figures but no target, or no figure for the period. */
  greyReason: GreyReason | null;
  trend: Trend | null;
  polarity: Polarity;
  polarityAssumed: boolean;
}

/** One risk for the All Risks sheet. */
export interface RiskDigest {
  sheet: string;
  row: number;
  id: string | null;
  title: string;
  owner: string;
  category: string;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  /** Null for a closed risk (listed, not scored). */
  rag: Rag | null;
  trend: string | null;
  reviewDate: string | null;
  status: string;
}

/** A plan's risks by RAG: open ones by colour (grey: not assessed), and how many are closed. */
export interface RiskCounts {
  total: number;
  red: number;
  amber: number;
  green: number;
  grey: number;
  closed: number;
}

/**
 * Actions and KPIs that moved since the previous quarter. A plan with no earlier
 * quarter to compare has none (null), shown "—" rather than a 0 that would say "nothing moved".
 */
export interface MovementCounts {
  worse: number;
  better: number;
}

/** The counts a plan's digest carries and the roll-up's totals sum. */
export interface PlanCounts {
  actions: number;
  kpis: number;
  /** Complete + On Target among actions with a status, and how many have one: the share is summed across plans from these. */
  onTargetCount: number;
  withStatus: number;
  /** Actions whose status was not understood (counted in `withStatus`, against the share) or not set: said beside the share. */
  notUnderstood?: number;
  notSet?: number;
  /** Actions whose status was read but gives no colour (in progress, no % complete or due date): in `withStatus`, said beside the share. */
  notJudged?: number;
  /** (Complete + On Target) / actions with a status; null when none has one (across plans: from the summed counts, not an average of the plans' shares). */
  onTarget: number | null;
  /** The share's colour: by the plan's rules (onTargetRag) for a plan, by the roll-up's thresholds for the totals. */
  onTargetRag: Rag;
  rag: { actions: RagCounts; kpis: RagCounts };
  /** The grey KPIs (rag.kpis.grey) by why: figures but no target ("data only"), or no figure for the period ("no data"). */
  kpiGrey: { noData: number; dataOnly: number };
  errors: number;
  warnings: number;
  notes: number;
  /** In the totals, summed over the plans that have an earlier quarter to compare; null when none has. */
  movement: MovementCounts | null;
  /** Risk registers' risks (issue 26). */
  risks: RiskCounts;
}

export interface PlanDigest extends PlanCounts {
  /** The file as the user named it (or as found in a folder). */
  file: string;
  /** The plan's own title, from the first text above its first table; null when there is none. */
  title: string | null;
  quarter: Quarter | null;
  financialYear: number | null;
  asOf: string | null;
  /** Why asOf is what it is (PlanWindow.asOfSource): "today" or "plan end" for a plan with no quarter of its own. */
  asOfSource: AsOfSource | null;
  kpiList: KpiDigest[];
  riskList: RiskDigest[];
  issues: PlanIssue[];
  /** Why the file could not be read; null when it was. */
  error: string | null;
}

const TITLE_LIMIT = 200;

/** The plan's title: the first text in the rows above its first table ("Service Plan 2015/18 – Q2 Review"). */
export function planTitle(grids: Grid[], report: Pick<PlanReport, "tables">): string | null {
  const first = report.tables[0];
  if (!first) return null;
  const grid = grids.find((g) => g.sheet === first.sheet);
  const top = (first.header[0] ?? Number(/\d+/.exec(first.range)?.[0] ?? 1)) - 1;
  if (!grid) return null;
  for (let r = 0; r < top && r < grid.rows.length; r++) {
    const cells = (grid.rows[r] ?? []).map(cellText).filter((t) => t.length > 0);
    if (cells.length === 0) continue;
    // "Service:" "LEISURE AND CULTURE" is a label and its value; read them together.
    const title = cells[0].endsWith(":") && cells[1] ? `${cells[0]} ${cells[1]}` : cells[0];
    const oneLine = title.replace(/\s+/g, " ").trim();
    return oneLine.length > TITLE_LIMIT ? oneLine.slice(0, TITLE_LIMIT - 1) + "…" : oneLine;
  }
  return null;
}

function targetText(k: ScoredKpi): string | null {
  const t = k.score.target;
  if (k.target?.text) return k.target.text;
  if (!t) return null;
  return "min" in t ? `${t.min} – ${t.max}` : String(t.value);
}

function kpiDigest(k: ScoredKpi): KpiDigest {
  const m = k.score.actualMeasure;
  return {
    sheet: k.sheet,
    row: k.row,
    indicator: k.indicator,
    code: k.code,
    category: k.category,
    period: k.score.period,
    actual: k.score.actual,
    actualText: m?.text ?? null,
    actualIsPercent: m?.measure.kind === "percent" || m?.measure.kind === "fraction",
    target: targetText(k),
    rag: k.score.rag,
    greyReason: k.score.greyReason,
    trend: k.score.trend,
    polarity: k.score.polarity,
    polarityAssumed: k.score.polaritySource === "assumed",
  };
}

export function emptyRiskCounts(): RiskCounts {
  return { total: 0, red: 0, amber: 0, green: 0, grey: 0, closed: 0 };
}

function riskCounts(report: PlanReport): RiskCounts {
  const c = emptyRiskCounts();
  for (const r of report.risks ?? []) {
    c.total++;
    c[r.score.rag ?? "closed"]++;
  }
  return c;
}

function movementCounts(report: PlanReport): MovementCounts | null {
  const m = report.movement;
  if (!m || m.since === null) return null;
  const moves = [...m.actions, ...m.kpis];
  return {
    worse: moves.filter((x) => x.direction === "worse").length,
    better: moves.filter((x) => x.direction === "better").length,
  };
}

function kpiGrey(report: PlanReport): PlanCounts["kpiGrey"] {
  const grey = report.kpis.filter((k) => k.score.rag === "grey");
  const dataOnly = grey.filter((k) => k.score.greyReason === "data-only").length;
  return { noData: grey.length - dataOnly, dataOnly };
}

/** Everything the roll-up needs from one analysed plan. */
export function digestPlan(file: string, grids: Grid[], report: PlanReport): PlanDigest {
  const whole = summariseActions(report).at(-1)!;
  const c = countIssues(report);
  const onTargetCount = whole.byStatus.Complete + whole.byStatus["On Target"];
  const withStatus = whole.total - whole.notSet - whole.notScored;
  return {
    file,
    title: planTitle(grids, report),
    quarter: report.window.quarter,
    financialYear: report.window.financialYear,
    asOf: report.window.asOf,
    asOfSource: report.window.asOfSource,
    actions: report.actions.length,
    kpis: report.kpis.length,
    onTargetCount,
    withStatus,
    notUnderstood: whole.notUnderstood,
    notSet: whole.notSet,
    notJudged: whole.notJudged,
    onTarget: whole.onTargetShare,
    onTargetRag: shareRag(whole.onTargetShare, report.config.onTargetRag),
    rag: { actions: ragCounts(report.actions), kpis: ragCounts(report.kpis) },
    kpiGrey: kpiGrey(report),
    errors: c.errors,
    warnings: c.warnings,
    notes: c.infos,
    movement: movementCounts(report),
    kpiList: report.kpis.map(kpiDigest),
    risks: riskCounts(report),
    riskList: (report.risks ?? []).map((r) => ({
      sheet: r.sheet,
      row: r.row,
      id: r.id,
      title: r.title,
      owner: r.owner,
      category: r.category,
      likelihood: r.score.likelihood,
      impact: r.score.impact,
      score: r.score.score,
      rag: r.score.rag,
      trend: r.score.trend,
      reviewDate: r.reviewDate,
      status: r.status,
    })),
    issues: report.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      sheet: i.sheet,
      cell: i.cell,
      message: i.message,
    })),
    error: null,
  };
}

export function emptyRagCounts(): RagCounts {
  return { blue: 0, green: 0, amber: 0, red: 0, grey: 0 };
}

/** A file that could not be read: a row that says why, and nothing else. */
export function failedDigest(file: string, why: string): PlanDigest {
  return {
    file,
    title: null,
    quarter: null,
    financialYear: null,
    asOf: null,
    asOfSource: null,
    actions: 0,
    kpis: 0,
    onTargetCount: 0,
    withStatus: 0,
    onTarget: null,
    onTargetRag: "grey",
    rag: { actions: emptyRagCounts(), kpis: emptyRagCounts() },
    kpiGrey: { noData: 0, dataOnly: 0 },
    errors: 0,
    warnings: 0,
    notes: 0,
    movement: null,
    kpiList: [],
    risks: emptyRiskCounts(),
    riskList: [],
    issues: [],
    error: why,
  };
}

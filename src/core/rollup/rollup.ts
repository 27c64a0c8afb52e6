/**
 * The roll-up across plans: one row per plan and the totals, from the plans'
 * digests, and the `rollup --format json` object.
 */
import type { Quarter } from "../detect/headers";
import type { Rag } from "../model";
import { shareRag } from "../score/summary";
import {
  PlanCounts,
  PlanDigest,
  RagCounts,
  RiskCounts,
  emptyRagCounts,
  emptyRiskCounts,
} from "./digest";

/** The plans' counts summed (PlanCounts), with how many files were read. */
export interface RollupTotals extends PlanCounts {
  /** Files in the roll-up, read or not. */
  plans: number;
  read: number;
  failed: number;
  /** The quarter when every plan read is for the same one, else null. */
  quarter: Quarter | null;
}

export interface Rollup {
  plans: PlanDigest[];
  totals: RollupTotals;
  /** The share of actions on target that is green, and amber, for the totals and the sheet's icons. */
  onTargetRag: { green: number; amber: number };
}

export interface RollupOptions {
  /** Thresholds for the totals' colour; the defaults are the Plan Summary's (0.8 / 0.6). */
  onTargetRag?: { green: number; amber: number };
}

function addCounts(into: RagCounts, from: RagCounts): void {
  for (const k of Object.keys(into) as Rag[]) into[k] += from[k];
}

export function buildRollup(plans: PlanDigest[], options: RollupOptions = {}): Rollup {
  const read = plans.filter((p) => p.error === null);
  const rag = { actions: emptyRagCounts(), kpis: emptyRagCounts() };
  const kpiGrey = { noData: 0, dataOnly: 0 };
  const risks = emptyRiskCounts();
  let actions = 0,
    kpis = 0,
    onTargetCount = 0,
    withStatus = 0,
    notUnderstood = 0,
    notSet = 0,
    notJudged = 0,
    errors = 0,
    warnings = 0,
    notes = 0;
  for (const p of read) {
    actions += p.actions;
    kpis += p.kpis;
    onTargetCount += p.onTargetCount;
    withStatus += p.withStatus;
    notUnderstood += p.notUnderstood ?? 0;
    notSet += p.notSet ?? 0;
    notJudged += p.notJudged ?? 0;
    errors += p.errors;
    warnings += p.warnings;
    notes += p.notes;
    addCounts(rag.actions, p.rag.actions);
    addCounts(rag.kpis, p.rag.kpis);
    kpiGrey.noData += p.kpiGrey.noData;
    kpiGrey.dataOnly += p.kpiGrey.dataOnly;
    for (const k of Object.keys(risks) as (keyof RiskCounts)[]) risks[k] += p.risks?.[k] ?? 0;
  }
  const moved = read.filter((p) => p.movement !== null);
  const movement =
    moved.length === 0
      ? null
      : moved.reduce(
          (m, p) => ({ worse: m.worse + p.movement!.worse, better: m.better + p.movement!.better }),
          { worse: 0, better: 0 }
        );
  const quarters = new Set(read.map((p) => p.quarter));
  const onTarget = withStatus === 0 ? null : onTargetCount / withStatus;
  const thresholds = options.onTargetRag ?? { green: 0.8, amber: 0.6 };
  return {
    plans,
    onTargetRag: thresholds,
    totals: {
      plans: plans.length,
      read: read.length,
      failed: plans.length - read.length,
      actions,
      kpis,
      onTargetCount,
      withStatus,
      notUnderstood,
      notSet,
      notJudged,
      onTarget,
      onTargetRag: shareRag(onTarget, thresholds),
      rag,
      kpiGrey,
      errors,
      warnings,
      notes,
      movement,
      risks,
      quarter: quarters.size === 1 ? [...quarters][0] : null,
    },
  };
}

/** True when the roll-up should exit 1: some plan has errors, or some file could not be read. */
export function rollupHasProblems(rollup: Rollup): boolean {
  return rollup.totals.failed > 0 || rollup.totals.errors > 0;
}

/** The `rollup --format json` contract (docs/rollup.md): plans in the order given, then the totals. */
export function toRollupJson(rollup: Rollup, output: string | null = null) {
  const t = rollup.totals;
  return {
    plans: rollup.plans.map((p) => ({
      file: p.file,
      title: p.title,
      quarter: p.quarter,
      actions: p.actions,
      kpis: p.kpis,
      onTarget: p.onTarget,
      rag: { actions: { ...p.rag.actions }, kpis: { ...p.rag.kpis } },
      errors: p.errors,
      warnings: p.warnings,
      error: p.error,
      // Additions beside the fields.
      asOf: p.asOf,
      notes: p.notes,
      movement: p.movement,
      asOfSource: p.asOfSource,
      kpiGrey: { ...p.kpiGrey },
      // Addition (issue 25): beside onTarget, the statuses it could not count as read.
      notUnderstood: p.notUnderstood ?? 0,
      notSet: p.notSet ?? 0,
      notJudged: p.notJudged ?? 0,
      // Addition (issue 26): the plan's risks by RAG.
      risks: { ...p.risks },
    })),
    totals: {
      plans: t.plans,
      read: t.read,
      failed: t.failed,
      actions: t.actions,
      kpis: t.kpis,
      onTarget: t.onTarget,
      rag: { actions: { ...t.rag.actions }, kpis: { ...t.rag.kpis } },
      errors: t.errors,
      warnings: t.warnings,
      notes: t.notes,
      movement: t.movement,
      kpiGrey: { ...t.kpiGrey },
      notUnderstood: t.notUnderstood ?? 0,
      notSet: t.notSet ?? 0,
      notJudged: t.notJudged ?? 0,
      risks: { ...t.risks },
    },
    output,
  };
}

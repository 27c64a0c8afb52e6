import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanReport } from "../../core/analyse";
import { countIssues } from "../../core/analyse";
import { financialYearLabel } from "../../core/sheets/cells";
import { RagItem, RagOverview } from "./RagOverview";
import { ragCounts, summariseActions } from "../../core/score/summary";
import { Strings, useStrings } from "../strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function actionItems(report: PlanReport, t: Strings["summary"]): RagItem[] {
  const c = ragCounts(report.actions);
  return [
    { rag: "red", word: t.offTarget, count: c.red },
    { rag: "amber", word: t.behind, count: c.amber },
    { rag: "green", word: t.onTarget, count: c.green },
    { rag: "blue", word: t.complete, count: c.blue },
    { rag: "grey", word: t.notSet, count: c.grey },
  ];
}

/** % on target in one line, with the statuses it could not count as read ("…; 36 not understood"). */
function onTargetLine(report: PlanReport, t: Strings["summary"]): string | null {
  const whole = summariseActions(report).at(-1);
  if (!whole || whole.onTargetShare === null) return null;
  return t.onTargetLine(
    whole.byStatus.Complete + whole.byStatus["On Target"],
    whole.total - whole.notSet - whole.notScored,
    Math.round(whole.onTargetShare * 100),
    whole.notUnderstood,
    whole.notSet,
    whole.notScored,
    whole.notJudged
  );
}

/** A grey KPI is either "Data only" (figures, no target to judge them by) or "No data" for the quarter. */
function kpiItems(report: PlanReport, t: Strings): RagItem[] {
  const c = ragCounts(report.kpis);
  const dataOnly = report.kpis.filter(
    (k) => k.score.rag === "grey" && k.score.greyReason === "data-only"
  ).length;
  return [
    { rag: "red", word: t.rag.red, count: c.red },
    { rag: "amber", word: t.rag.amber, count: c.amber },
    { rag: "green", word: t.rag.green, count: c.green },
    { rag: "grey", word: t.summary.dataOnly, count: dataOnly },
    { rag: "grey", word: t.summary.noData, count: c.grey - dataOnly },
  ];
}

/** The KPIs coloured on a polarity nothing in the plan stated: the ones the polarity-assumed notes name. */
function assumedPolarity(report: PlanReport, t: Strings): string | null {
  const assumed = report.kpis.filter(
    (k) => k.score.polaritySource === "assumed" && k.score.rag !== "grey"
  );
  if (assumed.length === 0) return null;
  const ways = [...new Set(assumed.map((k) => k.score.polarity))];
  return t.summary.assumed(
    t.count.kpis(assumed.length),
    ways.map((w) => (w === "lower" ? t.summary.lowerBetter : t.summary.higherBetter))
  );
}

export function ReportSummary({ report }: { report: PlanReport }) {
  const styles = useStyles();
  const t = useStrings();
  const c = countIssues(report);
  const w = report.window;
  const period = w.quarter
    ? `${w.quarter} ${financialYearLabel(w.financialYear)}`.trim()
    : t.summary.noQuarter;
  const assumed = assumedPolarity(report, t);
  const onTarget = report.actions.length > 0 ? onTargetLine(report, t.summary) : null;
  return (
    <section className={styles.box} aria-label={t.summary.region}>
      <Text role="status" data-testid="counts">
        {t.summary.counts(
          // A register's risks are counted beside the actions and KPIs: "0 actions, 0 KPIs and 9 risks read".
          report.risks?.length
            ? `${t.count.actions(report.actions.length)}, ${t.count.kpis(report.kpis.length)}`
            : t.count.actions(report.actions.length),
          report.risks?.length
            ? t.count.risks(report.risks.length)
            : t.count.kpis(report.kpis.length),
          period,
          !w.asOf
            ? null
            : w.asOfSource === "today"
              ? t.summary.asOfToday(w.asOf)
              : w.asOfSource === "plan end"
                ? t.summary.asOfPlanEnd(w.asOf)
                : w.asOf,
          t.count.errors(c.errors),
          t.count.warnings(c.warnings),
          t.count.notes(c.infos)
        )}
      </Text>
      {report.actions.length > 0 && (
        <RagOverview title={t.summary.actions} items={actionItems(report, t.summary)} />
      )}
      {onTarget && <Text data-testid="on-target">{onTarget}</Text>}
      {report.kpis.length > 0 && <RagOverview title={t.summary.kpis} items={kpiItems(report, t)} />}
      {assumed && <Text data-testid="polarity-assumed">{assumed}</Text>}
    </section>
  );
}

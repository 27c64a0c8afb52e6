import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanReport } from "../../core/analyse";
import { countIssues } from "../../core/analyse";
import { financialYearLabel } from "../../core/sheets/cells";
import { RagItem, RagOverview } from "./RagOverview";
import { plural } from "../../core/text";
import { ragCounts } from "../../core/score/summary";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function actionItems(report: PlanReport): RagItem[] {
  const c = ragCounts(report.actions);
  return [
    { rag: "red", word: "Off target", count: c.red },
    { rag: "amber", word: "Behind", count: c.amber },
    { rag: "green", word: "On target", count: c.green },
    { rag: "blue", word: "Complete", count: c.blue },
    { rag: "grey", word: "Not set", count: c.grey },
  ];
}

/** A grey KPI is either "Data only" (figures, no target to judge them by) or "No data" for the quarter. */
function kpiItems(report: PlanReport): RagItem[] {
  const c = ragCounts(report.kpis);
  const dataOnly = report.kpis.filter((k) => k.score.rag === "grey" && k.score.greyReason === "data-only").length;
  return [
    { rag: "red", word: "Red", count: c.red },
    { rag: "amber", word: "Amber", count: c.amber },
    { rag: "green", word: "Green", count: c.green },
    { rag: "grey", word: "Data only", count: dataOnly },
    { rag: "grey", word: "No data", count: c.grey - dataOnly },
  ];
}

/** The KPIs coloured on a polarity nothing in the plan stated: the ones the polarity-assumed notes name. */
function assumedPolarity(report: PlanReport): string | null {
  const assumed = report.kpis.filter((k) => k.score.polaritySource === "assumed" && k.score.rag !== "grey");
  if (assumed.length === 0) return null;
  const ways = [...new Set(assumed.map((k) => k.score.polarity))];
  return `${plural(assumed.length, "KPI")}: ${ways.map((w) => `${w} is better`).join(" or ")} was assumed — see Issues.`;
}

export function ReportSummary({ report }: { report: PlanReport }) {
  const styles = useStyles();
  const c = countIssues(report);
  const w = report.window;
  const period = w.quarter ? `${w.quarter} ${financialYearLabel(w.financialYear)}`.trim() : "no quarter";
  const assumed = assumedPolarity(report);
  return (
    <section className={styles.box} aria-label="Result">
      <Text role="status" data-testid="counts">
        {plural(report.actions.length, "action")} and {plural(report.kpis.length, "KPI")} read ({period}{w.asOf ? `, as of ${w.asOf}` : ""}):{" "}
        {plural(c.errors, "error")}, {plural(c.warnings, "warning")}, {plural(c.infos, "note")}.
      </Text>
      {report.actions.length > 0 && <RagOverview title="Actions" items={actionItems(report)} />}
      {report.kpis.length > 0 && <RagOverview title="KPIs" items={kpiItems(report)} />}
      {assumed && <Text data-testid="polarity-assumed">{assumed}</Text>}
    </section>
  );
}

import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanReport } from "../../core/analyse";
import { countIssues } from "../../core/analyse";
import { financialYearLabel } from "../../core/sheets/cells";
import { RagOverview } from "./RagOverview";
import { plural } from "../../core/text";
import { ragCounts } from "../../core/score/summary";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const ACTION_WORDS = { red: "Off target", amber: "Behind", green: "On target", blue: "Complete", grey: "Not set" };
const KPI_WORDS = { red: "Red", amber: "Amber", green: "Green", grey: "No data" };

export function ReportSummary({ report }: { report: PlanReport }) {
  const styles = useStyles();
  const c = countIssues(report);
  const w = report.window;
  const period = w.quarter ? `${w.quarter} ${financialYearLabel(w.financialYear)}`.trim() : "no quarter";
  return (
    <section className={styles.box} aria-label="Result">
      <Text role="status" data-testid="counts">
        {plural(report.actions.length, "action")} and {plural(report.kpis.length, "KPI")} read ({period}{w.asOf ? `, as of ${w.asOf}` : ""}):{" "}
        {plural(c.errors, "error")}, {plural(c.warnings, "warning")}, {plural(c.infos, "note")}.
      </Text>
      {report.actions.length > 0 && <RagOverview title="Actions" counts={ragCounts(report.actions)} words={ACTION_WORDS} />}
      {report.kpis.length > 0 && <RagOverview title="KPIs" counts={ragCounts(report.kpis)} words={KPI_WORDS} />}
    </section>
  );
}

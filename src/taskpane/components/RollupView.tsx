import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanDigest } from "../../core/rollup";
import { plural } from "../../core/text";
import type { RollupFilesResult } from "../hosts/rollupHost";
import { RagWord } from "./RagWord";
import { usePlainTableStyles } from "./plainTable";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  why: { color: tokens.colorPaletteRedForeground1 },
});

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

function OnTarget({ plan }: { plan: Pick<PlanDigest, "onTarget" | "onTargetRag"> }) {
  return plan.onTarget === null ? <span title="No action has a status">—</span> : <RagWord rag={plan.onTargetRag} word={percent(plan.onTarget)} />;
}

export interface RollupViewProps {
  result: RollupFilesResult;
  onDownload?(name: string, bytes: Uint8Array): void;
}

/** Several plans at once: one row per file (or why it could not be read), the totals, and the roll-up workbook to download. */
export function RollupView({ result, onDownload }: RollupViewProps) {
  const styles = useStyles();
  const table = usePlainTableStyles();
  const { plans, totals } = result.report;
  return (
    <section className={styles.box} aria-label="Roll-up">
      <Text as="h2" weight="semibold">Roll-up of {plural(totals.plans, "file")}</Text>
      <Text role="status" data-testid="rollup-counts">
        {plural(totals.read, "plan")} read{totals.failed ? `, ${totals.failed} could not be read` : ""}: {plural(totals.actions, "action")}, {totals.onTarget === null ? "no action statuses" : `${percent(totals.onTarget)} on target`},{" "}
        {plural(totals.kpis, "KPI")}; {plural(totals.errors, "error")}, {plural(totals.warnings, "warning")}.
      </Text>
      {onDownload && (
        <Button appearance="primary" onClick={() => onDownload(result.download.name, result.download.bytes)}>Download {result.download.name}</Button>
      )}
      <table className={table.table}>
        <caption className={table.caption}>Plans</caption>
        <thead>
          <tr>
            <th scope="col">File</th><th scope="col">Plan</th><th scope="col">Actions</th>
            <th scope="col">On target</th><th scope="col">Errors</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p, i) => (
            <tr key={`${p.file}|${i}`} data-read={p.error === null ? "yes" : "no"}>
              <th scope="row">{p.file}</th>
              {p.error === null ? (
                <>
                  <td>{p.title ?? "(no title)"}{p.quarter ? ` · ${p.quarter}` : ""}</td>
                  <td>{p.actions}</td>
                  <td><OnTarget plan={p} /></td>
                  <td>{p.errors}</td>
                </>
              ) : (
                <td colSpan={4} className={styles.why}>Could not be read: {p.error}</td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All plans</th>
            <td>{totals.quarter ?? ""}</td>
            <td>{totals.actions}</td>
            <td><OnTarget plan={{ onTarget: totals.onTarget, onTargetRag: totals.onTargetRag }} /></td>
            <td>{totals.errors}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

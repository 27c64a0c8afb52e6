import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanDigest } from "../../core/rollup";
import type { RollupFilesResult } from "../hosts/rollupHost";
import { RagWord } from "./RagWord";
import { usePlainTableStyles } from "./plainTable";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  why: { color: tokens.colorPaletteRedForeground1 },
});

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

function OnTarget({ plan }: { plan: Pick<PlanDigest, "onTarget" | "onTargetRag"> }) {
  const t = useStrings().rollup;
  return plan.onTarget === null ? (
    <span title={t.noStatus}>—</span>
  ) : (
    <RagWord rag={plan.onTargetRag} figure={percent(plan.onTarget)} />
  );
}

export interface RollupViewProps {
  result: RollupFilesResult;
  onDownload?(name: string, bytes: Uint8Array): void;
}

/** Several plans at once: one row per file (or why it could not be read), the totals, and the roll-up workbook to download. */
export function RollupView({ result, onDownload }: RollupViewProps) {
  const styles = useStyles();
  const table = usePlainTableStyles();
  const s = useStrings();
  const t = s.rollup;
  const { plans, totals } = result.report;
  return (
    <section className={styles.box} aria-label={t.region}>
      <Text as="h2" weight="semibold">
        {t.title(s.count.files(totals.plans))}
      </Text>
      <Text role="status" data-testid="rollup-counts">
        {t.counts(
          s.count.plans(totals.read),
          totals.failed,
          s.count.actions(totals.actions),
          totals.onTarget === null ? null : percent(totals.onTarget),
          s.count.kpis(totals.kpis),
          s.count.errors(totals.errors),
          s.count.warnings(totals.warnings),
          t.unread(totals.notUnderstood ?? 0, totals.notJudged ?? 0, totals.notSet ?? 0)
        )}
      </Text>
      {onDownload && (
        <Button
          appearance="primary"
          onClick={() => onDownload(result.download.name, result.download.bytes)}
        >
          {s.app.download(result.download.name)}
        </Button>
      )}
      <table className={table.table}>
        <caption className={table.caption}>{t.plans}</caption>
        <thead>
          <tr>
            <th scope="col">{t.file}</th>
            <th scope="col">{t.plan}</th>
            <th scope="col">{t.actions}</th>
            <th scope="col">{t.onTarget}</th>
            <th scope="col">{t.errors}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p, i) => (
            <tr key={`${p.file}|${i}`} data-read={p.error === null ? "yes" : "no"}>
              <th scope="row">{p.file}</th>
              {p.error === null ? (
                <>
                  <td>
                    {p.title ?? t.noTitle}
                    {p.quarter ? ` · ${p.quarter}` : ""}
                  </td>
                  <td>{p.actions}</td>
                  <td>
                    <OnTarget plan={p} />
                  </td>
                  <td>{p.errors}</td>
                </>
              ) : (
                <td colSpan={4} className={styles.why}>
                  {t.notRead(p.error)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.allPlans}</th>
            <td>{totals.quarter ?? ""}</td>
            <td>{totals.actions}</td>
            <td>
              <OnTarget plan={{ onTarget: totals.onTarget, onTargetRag: totals.onTargetRag }} />
            </td>
            <td>{totals.errors}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

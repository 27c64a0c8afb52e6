import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Rollup } from "../../core/rollup";
import type { PlanFile, PlanHost, RollupIntoWorkbookResult, RunOptions } from "../host";
import type { RollupFilesResult } from "../hosts/rollupHost";
import { useStrings } from "../strings";
import type { Work } from "../work";
import { RollupView } from "./RollupView";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RollupInExcelProps {
  /** The Excel host; the panel shows only when it can roll up into the workbook. */
  host: PlanHost;
  /** The quarter and rules chosen in the pane now. */
  options(): RunOptions;
  work: Work;
  busy: boolean;
}

/** RollupView shows the report; its download is offered only with onDownload, which Excel has no use for. */
const asView = (report: Rollup): RollupFilesResult => ({
  report,
  json: null as unknown as RollupFilesResult["json"],
  download: { name: "", bytes: new Uint8Array(0) },
});

/**
 * Inside Excel: other plan files picked here (read on this computer, never changed) rolled up with
 * this workbook's plan into a Plans Roll-up sheet of this workbook, with All KPIs and All Issues if wanted.
 */
export function RollupInExcel({ host, options, work, busy }: RollupInExcelProps) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.rollupExcel;
  const [files, setFiles] = React.useState<File[]>([]);
  const [leftOut, setLeftOut] = React.useState<string[]>([]);
  const [allSheets, setAllSheets] = React.useState(true);
  const [result, setResult] = React.useState<RollupIntoWorkbookResult | null>(null);
  const input = React.useRef<HTMLInputElement>(null);
  if (!host.rollupIntoWorkbook) return null;

  const pick = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    const xlsx = chosen.filter((f) => /\.xlsx$/i.test(f.name));
    // Picking again adds to the list; the same name twice is the same file.
    setFiles((now) => [...now.filter((f) => !xlsx.some((x) => x.name === f.name)), ...xlsx]);
    setLeftOut(chosen.filter((f) => !xlsx.includes(f)).map((f) => f.name));
    setResult(null);
    if (input.current) input.current.value = "";
  };

  const run = async () => {
    const rollup = host.rollupIntoWorkbook;
    if (!rollup || files.length === 0) return;
    setResult(null);
    const r = await work(s.running.rollup(files.length), async (say) => {
      const opened: PlanFile[] = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
      );
      return rollup(opened, {
        ...options(),
        sheets: allSheets ? "all" : "rollup",
        onProgress: (done, total, failed) =>
          say(done < total ? s.running.rollupProgress(done, total, failed) : t.writing),
      });
    });
    if (r) setResult(r);
  };

  const wrote = result
    ? s.app.wrote(
        result.written.map(
          (w) =>
            `${w.name}${w.replaced ? s.app.replaced : ""}${w.userSheetKept ? s.app.userSheetKept(w.userSheetKept) : ""}`
        )
      )
    : null;

  return (
    <section className={styles.box} aria-label={t.region}>
      <Text as="h2" weight="semibold">
        {t.title}
      </Text>
      <Text size={200}>{t.hint}</Text>
      <label htmlFor="rollup-files">
        <Text weight="semibold">{t.pick}</Text>
      </label>
      <input
        id="rollup-files"
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={(e) => pick(e.target.files)}
      />
      {files.length > 0 && (
        <Text size={200} data-testid="rollup-chosen">
          {t.chosen(
            s.count.files(files.length),
            files.map((f) => f.name)
          )}
        </Text>
      )}
      {leftOut.length > 0 && (
        <Text size={200} role="alert">
          {t.notXlsx(leftOut)}
        </Text>
      )}
      <Checkbox
        checked={allSheets}
        onChange={(_, d) => setAllSheets(!!d.checked)}
        label={t.allSheets}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={run} disabledFocusable={busy || files.length === 0}>
          {t.run}
        </Button>
        {files.length > 0 && (
          <Button
            onClick={() => {
              setFiles([]);
              setLeftOut([]);
              setResult(null);
            }}
            disabledFocusable={busy}
          >
            {t.clear}
          </Button>
        )}
      </div>
      {result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody data-testid="rollup-written">
              {[wrote, result.note].filter(Boolean).join(" ")}
            </MessageBarBody>
          </MessageBar>
          <RollupView result={asView(result.report)} />
        </>
      )}
    </section>
  );
}

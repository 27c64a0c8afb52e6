import * as React from "react";
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Quarter } from "../../core/detect/headers";
import type { Config } from "../../core/config";
import { DEFAULT_CONFIG } from "../defaultConfig";
import type { CellRef, PlanHost, RunOptions, RunResult, SummaryKind } from "../host";
import type { FileHost } from "../hosts/fileHost";
import type { Work } from "../work";
import { Header } from "./Header";
import { ActionBar } from "./ActionBar";
import { Progress } from "./Progress";
import { FileOpen } from "./FileOpen";
import { PreparePanel } from "./PreparePanel";
import { usePrepare } from "./usePrepare";
import { RollupRunner, useRollup } from "./useRollup";
import { LanguageSwitch } from "./LanguageSwitch";
import { lazyPanel } from "./lazyPanel";
import { Strings, useStrings } from "../strings";

// Shown only after a plan is read, files are rolled up, the rules are opened, or (in Excel) once the
// pane is up: each its own chunk, so the first download is what the pane needs to appear.
export const ResultPanel = lazyPanel(() =>
  import(/* webpackChunkName: "pane-results" */ "./ResultView").then((m) => m.ResultView)
);
export const RollupPanel = lazyPanel(() =>
  import(/* webpackChunkName: "pane-rollup" */ "./RollupView").then((m) => m.RollupView)
);
export const RollupInExcelPanel = lazyPanel(() =>
  import(/* webpackChunkName: "pane-rollup-excel" */ "./RollupInExcel").then((m) => m.RollupInExcel)
);
export const SettingsPanel = lazyPanel(() =>
  import(/* webpackChunkName: "pane-settings" */ "./SettingsPanel").then((m) => m.SettingsPanel)
);

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "640px",
  },
});

export type AppProps =
  | { mode: "excel"; host: PlanHost }
  | {
      mode: "file";
      openFile(file: { name: string; bytes: Uint8Array }): FileHost;
      save?(name: string, bytes: Uint8Array): void;
      /** Several files at once: the roll-up. Without it the page opens one file at a time. */
      rollup?: RollupRunner;
    };

const running = (t: Strings, what: "validate" | SummaryKind) =>
  what === "validate"
    ? t.running.validate
    : what === "generate"
      ? t.running.generate
      : t.running.refresh;

function writtenNote(r: RunResult, t: Strings["app"]): string | undefined {
  if (r.written.length === 0) return r.note;
  const parts = r.written.map(
    (w) =>
      `${w.name}${w.replaced ? t.replaced : ""}${w.userSheetKept ? t.userSheetKept(w.userSheetKept) : ""}`
  );
  return [t.wrote(parts), r.note].filter(Boolean).join(" ");
}

export function App(props: AppProps) {
  const styles = useStyles();
  const t = useStrings();
  const [host, setHost] = React.useState<PlanHost | null>(
    props.mode === "excel" ? props.host : null
  );
  const [quarter, setQuarter] = React.useState<Quarter | "auto">("auto");
  const [config, setConfig] = React.useState<Config>(DEFAULT_CONFIG);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<string | undefined>();
  const [result, setResult] = React.useState<RunResult | null>(null);
  /** The rules' panel is fetched the first time Rules is opened, and kept after. */
  const [rulesShown, setRulesShown] = React.useState(false);

  // While a run reads the plan, the panels that show its result are fetched alongside.
  React.useEffect(() => {
    if (busy) void ResultPanel.preload();
  }, [busy]);

  const options = (rules: Config = config): RunOptions => ({
    quarter: quarter === "auto" ? undefined : quarter,
    config: rules,
  });

  const work: Work = async (message, job) => {
    setBusy(message);
    setError(null);
    setNote(undefined);
    try {
      return await job(setBusy);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  const prepare = usePrepare(host, () => options(), work);
  const rollup = useRollup(props.mode === "file" ? props.rollup : undefined, work);

  React.useEffect(() => {
    if (props.mode === "excel")
      props.host
        .loadSettings()
        .then((c) => c && setConfig(c))
        .catch(() => undefined);
  }, [props]);

  /** `rules` when they have just changed (state is not updated until the next render); `said` is shown when done. */
  const run = async (what: "validate" | SummaryKind, rules: Config = config, said?: string) => {
    if (!host) return;
    prepare.cancel();
    const r = await work(running(t, what), () =>
      what === "validate" ? host.validate(options(rules)) : host.summarize(what, options(rules))
    );
    if (!r) return;
    setResult(r);
    setNote([said, writtenNote(r, t.app)].filter(Boolean).join(" ") || undefined);
  };

  /** Several files: the roll-up, in place of a single plan. */
  const openFiles = async (files: File[]) => {
    if (files.length === 1 || props.mode !== "file" || !props.rollup) {
      if (files[0]) await openFile(files[0]);
      return;
    }
    setResult(null);
    setHost(null);
    void RollupPanel.preload();
    const opened = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
    );
    // Corrections describe one workbook's tables: the roll-up uses the rules without them.
    await rollup.run(opened, options({ ...config, tables: [] }));
  };

  const openFile = async (file: File) => {
    if (props.mode !== "file") return;
    setError(null);
    setResult(null);
    rollup.clear();
    if (!/\.xlsx$/i.test(file.name)) {
      setError(t.app.notXlsx(file.name));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const h = props.openFile({ name: file.name, bytes });
    // Corrections describe one workbook's tables; the rules carry over to the next file, the corrections do not.
    const rules = host && host.label() !== file.name ? { ...config, tables: [] } : config;
    setConfig(rules);
    setHost(h);
    setBusy(t.running.validate);
    try {
      const r = await h.validate({
        quarter: quarter === "auto" ? undefined : quarter,
        config: rules,
      });
      setResult(r);
    } catch (e) {
      setError(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  /** A correction to how a table is read: saved where the rules are, then the plan is read again to show its effect. */
  const correct = async (next: Config, said: string) => {
    if (!host) return;
    setError(null);
    try {
      await host.saveSettings(next);
    } catch (e) {
      setError(t.app.correctionNotSaved(e instanceof Error ? e.message : String(e)));
      return;
    }
    setConfig(next);
    await run("validate", next, said);
  };

  const select = async (at: CellRef) => {
    try {
      await host?.selectIssue?.(at);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const fileHost = props.mode === "file" ? (host as FileHost | null) : null;
  const download = fileHost?.download();

  return (
    <main className={styles.app}>
      <Header subtitle={props.mode === "excel" ? t.header.subtitleExcel : t.header.subtitleFile} />
      {props.mode === "file" && (
        <FileOpen
          onFiles={openFiles}
          multiple={!!props.rollup}
          current={
            host?.label() ??
            (rollup.result ? t.app.rolledUp(rollup.result.report.plans.length) : null)
          }
        />
      )}
      <ActionBar
        quarter={quarter}
        onQuarter={setQuarter}
        busy={!!busy}
        ready={!!host}
        onValidate={() => run("validate")}
        onGenerate={() => run("generate")}
        onRefresh={() => run("refresh-kpis")}
      />
      <PreparePanel state={prepare} busy={!!busy} />
      {props.mode === "excel" && props.host.rollupIntoWorkbook && (
        <RollupInExcelPanel host={props.host} options={() => options()} work={work} busy={!!busy} />
      )}
      {download && props.mode === "file" && (
        <Button appearance="primary" onClick={() => props.save?.(download.name, download.bytes)}>
          {t.app.download(download.name)}
        </Button>
      )}
      {busy && <Progress message={busy} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent="success">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {rollup.result && (
        <RollupPanel
          result={rollup.result}
          onDownload={props.mode === "file" ? props.save : undefined}
        />
      )}
      {result && (
        <ResultPanel
          result={result}
          config={config}
          keptIn={props.mode === "excel" ? "workbook" : "session"}
          busy={!!busy}
          onCorrect={correct}
          onSelect={host?.selectIssue ? select : undefined}
        />
      )}
      <Divider />
      <details onToggle={(e) => e.currentTarget.open && setRulesShown(true)}>
        <summary>
          <Text weight="semibold">{t.app.rules}</Text>
        </summary>
        <LanguageSwitch />
        {rulesShown && (
          <SettingsPanel
            config={config}
            keptIn={props.mode === "excel" ? "workbook" : "session"}
            onSave={(c) => {
              setConfig(c);
              host?.saveSettings(c).then(
                () => setNote(t.app.rulesSaved),
                (e) => setError(String(e?.message ?? e))
              );
            }}
          />
        )}
      </details>
    </main>
  );
}

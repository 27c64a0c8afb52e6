import * as React from "react";
import { Button, Divider, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Quarter } from "../../core/detect/headers";
import { Config, DEFAULT_CONFIG } from "../../core/config";
import type { PlanIssue } from "../../core/issues";
import type { PlanHost, RunResult, SummaryKind } from "../host";
import type { FileHost } from "../hosts/fileHost";
import { Header } from "./Header";
import { ActionBar } from "./ActionBar";
import { Progress } from "./Progress";
import { ReportSummary } from "./ReportSummary";
import { IssueList } from "./IssueList";
import { SettingsPanel } from "./SettingsPanel";
import { FileOpen } from "./FileOpen";
import { PlanReading } from "./PlanReading";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "640px" },
});

export type AppProps =
  | { mode: "excel"; host: PlanHost }
  | { mode: "file"; openFile(file: { name: string; bytes: Uint8Array }): FileHost; save?(name: string, bytes: Uint8Array): void };

const RUNNING: Record<"validate" | SummaryKind, string> = {
  validate: "Reading and checking the plan…",
  generate: "Writing Plan Summary, KPI Scorecard and Plan Issues…",
  "refresh-kpis": "Refreshing the KPI Scorecard and KPI History…",
};

function writtenNote(r: RunResult): string | undefined {
  if (r.written.length === 0) return r.note;
  const parts = r.written.map((w) => `${w.name}${w.replaced ? " (replaced)" : ""}${w.userSheetKept ? ` — your sheet "${w.userSheetKept}" was left as it is` : ""}`);
  return [`Wrote ${parts.join(", ")}.`, r.note].filter(Boolean).join(" ");
}

export function App(props: AppProps) {
  const styles = useStyles();
  const [host, setHost] = React.useState<PlanHost | null>(props.mode === "excel" ? props.host : null);
  const [quarter, setQuarter] = React.useState<Quarter | "auto">("auto");
  const [config, setConfig] = React.useState<Config>(DEFAULT_CONFIG);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<string | undefined>();
  const [result, setResult] = React.useState<RunResult | null>(null);

  React.useEffect(() => {
    if (props.mode === "excel") props.host.loadSettings().then((c) => c && setConfig(c)).catch(() => undefined);
  }, [props]);

  /** `rules` when they have just changed (state is not updated until the next render); `said` is shown when done. */
  const run = async (what: "validate" | SummaryKind, rules: Config = config, said?: string) => {
    if (!host) return;
    setBusy(RUNNING[what]);
    setError(null);
    setNote(undefined);
    try {
      const options = { quarter: quarter === "auto" ? undefined : quarter, config: rules };
      const r = what === "validate" ? await host.validate(options) : await host.summarize(what, options);
      setResult(r);
      setNote([said, writtenNote(r)].filter(Boolean).join(" ") || undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const openFile = async (file: File) => {
    if (props.mode !== "file") return;
    setError(null);
    setResult(null);
    if (!/\.xlsx$/i.test(file.name)) {
      setError(`${file.name} is not an .xlsx workbook. Save it from Excel as .xlsx and open it again.`);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const h = props.openFile({ name: file.name, bytes });
    // Corrections describe one workbook's tables; the rules carry over to the next file, the corrections do not.
    const rules = host && host.label() !== file.name ? { ...config, tables: [] } : config;
    setConfig(rules);
    setHost(h);
    setBusy(RUNNING.validate);
    try {
      const r = await h.validate({ quarter: quarter === "auto" ? undefined : quarter, config: rules });
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
      setError(`The correction could not be saved: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    setConfig(next);
    await run("validate", next, said);
  };

  const select = async (issue: PlanIssue) => {
    try {
      await host?.selectIssue?.(issue);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const fileHost = props.mode === "file" ? (host as FileHost | null) : null;
  const download = fileHost?.download();

  return (
    <main className={styles.app}>
      <Header subtitle={props.mode === "excel" ? "Checks this workbook's plan and writes summary sheets." : "Open a plan workbook: nothing leaves this browser."} />
      {props.mode === "file" && <FileOpen onFile={openFile} current={host?.label() ?? null} />}
      <ActionBar
        quarter={quarter}
        onQuarter={setQuarter}
        busy={!!busy}
        ready={!!host}
        onValidate={() => run("validate")}
        onGenerate={() => run("generate")}
        onRefresh={() => run("refresh-kpis")}
      />
      {download && props.mode === "file" && (
        <Button appearance="primary" onClick={() => props.save?.(download.name, download.bytes)}>Download {download.name}</Button>
      )}
      {busy && <Progress message={busy} />}
      {error && (
        <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>
      )}
      {note && (
        <MessageBar intent="success"><MessageBarBody>{note}</MessageBarBody></MessageBar>
      )}
      {result && (
        <>
          <ReportSummary report={result.report} />
          <PlanReading
            tables={result.report.tables}
            config={config}
            keptIn={props.mode === "excel" ? "workbook" : "session"}
            busy={!!busy}
            onCorrect={correct}
          />
          <Divider />
          <Text as="h2" weight="semibold">Issues</Text>
          <IssueList issues={result.report.issues} onSelect={host?.selectIssue ? select : undefined} />
        </>
      )}
      <Divider />
      <details>
        <summary><Text weight="semibold">Rules</Text></summary>
        <SettingsPanel
          config={config}
          where={props.mode === "excel" ? "in this workbook" : "for this session"}
          onSave={(c) => {
            setConfig(c);
            host?.saveSettings(c).then(() => setNote("Rules saved."), (e) => setError(String(e?.message ?? e)));
          }}
        />
      </details>
    </main>
  );
}

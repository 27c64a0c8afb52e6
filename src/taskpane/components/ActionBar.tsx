import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Quarter } from "../../core/detect/headers";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ActionBarProps {
  quarter: Quarter | "auto";
  onQuarter(q: Quarter | "auto"): void;
  busy: boolean;
  /** False until there is a workbook to work on. */
  ready: boolean;
  onValidate(): void;
  onGenerate(): void;
  onRefresh(): void;
}

export function ActionBar(p: ActionBarProps) {
  const styles = useStyles();
  return (
    <section className={styles.bar} aria-label="Plan actions">
      <Field label="Quarter" hint="Auto uses the latest quarter the plan has statuses or figures for.">
        <Select value={p.quarter} onChange={(_, d) => p.onQuarter(d.value as Quarter | "auto")} disabled={p.busy}>
          <option value="auto">Auto</option>
          <option value="Q1">Q1 (Apr–Jun)</option>
          <option value="Q2">Q2 (Jul–Sep)</option>
          <option value="Q3">Q3 (Oct–Dec)</option>
          <option value="Q4">Q4 (Jan–Mar)</option>
        </Select>
      </Field>
      {/* While an action runs the buttons stay focusable, so keyboard users keep their place. */}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={p.onValidate} disabled={!p.ready} disabledFocusable={p.busy}>Validate plan</Button>
        <Button onClick={p.onGenerate} disabled={!p.ready} disabledFocusable={p.busy}>Generate summary</Button>
        <Button onClick={p.onRefresh} disabled={!p.ready} disabledFocusable={p.busy}>Refresh KPIs</Button>
      </div>
    </section>
  );
}

import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Quarter } from "../../core/detect/headers";
import { useStrings } from "../strings";

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
  const t = useStrings().actionBar;
  return (
    <section className={styles.bar} aria-label={t.region}>
      <Field label={t.quarter} hint={t.quarterHint}>
        <Select
          value={p.quarter}
          onChange={(_, d) => p.onQuarter(d.value as Quarter | "auto")}
          disabled={p.busy}
        >
          <option value="auto">{t.auto}</option>
          <option value="Q1">{t.q1}</option>
          <option value="Q2">{t.q2}</option>
          <option value="Q3">{t.q3}</option>
          <option value="Q4">{t.q4}</option>
        </Select>
      </Field>
      {/* While an action runs the buttons stay focusable, so keyboard users keep their place. */}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          onClick={p.onValidate}
          disabled={!p.ready}
          disabledFocusable={p.busy}
        >
          {t.validate}
        </Button>
        <Button onClick={p.onGenerate} disabled={!p.ready} disabledFocusable={p.busy}>
          {t.generate}
        </Button>
        <Button onClick={p.onRefresh} disabled={!p.ready} disabledFocusable={p.busy}>
          {t.refresh}
        </Button>
      </div>
    </section>
  );
}

import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Config, readConfig } from "../../core/config";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SettingsPanelProps {
  config: Config;
  /** Where the rules are saved: the workbook (Excel) or this browser session (a file). */
  keptIn: "workbook" | "session";
  onSave(config: Config): void;
}

/** The scoring rules users change most; saved with the workbook so the next user sees the same. */
export function SettingsPanel({ config, keptIn, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const t = useStrings().settings;
  const [band, setBand] = React.useState(String(Math.round(config.amberBand * 100)));
  const [polarity, setPolarity] = React.useState(config.defaultPolarity);
  const [error, setError] = React.useState<string | null>(null);
  const save = () => {
    const r = readConfig({ ...config, amberBand: Number(band) / 100, defaultPolarity: polarity });
    if (!r.ok || band.trim() === "" || isNaN(Number(band))) return setError(t.amberBandError);
    setError(null);
    onSave(r.config);
  };
  return (
    <section className={styles.box} aria-label={t.region}>
      <Field
        label={t.amberBand}
        validationMessage={error ?? undefined}
        validationState={error ? "error" : "none"}
      >
        <Input value={band} onChange={(_, d) => setBand(d.value)} inputMode="decimal" />
      </Field>
      <Field label={t.polarity}>
        <Select
          value={polarity}
          onChange={(_, d) => setPolarity(d.value as Config["defaultPolarity"])}
        >
          <option value="higher">{t.higher}</option>
          <option value="lower">{t.lower}</option>
        </Select>
      </Field>
      <Button onClick={save}>{keptIn === "workbook" ? t.saveWorkbook : t.saveSession}</Button>
    </section>
  );
}

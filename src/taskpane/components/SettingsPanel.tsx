import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Config, readConfig } from "../../core/config";

const useStyles = makeStyles({ box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface SettingsPanelProps {
  config: Config;
  where: string;
  onSave(config: Config): void;
}

/** The scoring rules users change most; saved with the workbook so the next user sees the same. */
export function SettingsPanel({ config, where, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [band, setBand] = React.useState(String(Math.round(config.amberBand * 100)));
  const [polarity, setPolarity] = React.useState(config.defaultPolarity);
  const [error, setError] = React.useState<string | null>(null);
  const save = () => {
    const r = readConfig({ ...config, amberBand: Number(band) / 100, defaultPolarity: polarity });
    if (!r.ok || band.trim() === "" || isNaN(Number(band))) return setError("Amber band must be a number from 0 to 100.");
    setError(null);
    onSave(r.config);
  };
  return (
    <section className={styles.box} aria-label="Settings">
      <Field label="Amber band (% of target)" validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
        <Input value={band} onChange={(_, d) => setBand(d.value)} inputMode="decimal" />
      </Field>
      <Field label="When a KPI says nothing, good is">
        <Select value={polarity} onChange={(_, d) => setPolarity(d.value as Config["defaultPolarity"])}>
          <option value="higher">Higher</option>
          <option value="lower">Lower</option>
        </Select>
      </Field>
      <Button onClick={save}>Save rules {where}</Button>
    </section>
  );
}

import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanTableReading as TableReading } from "../fields";
import { NAMING_FIELD, columnChoices, fieldLabel, fieldsInColumn, pickableFields } from "../fields";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // A select is as wide as its longest option unless told otherwise; the pane is narrow.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

export interface ColumnPickerProps {
  table: TableReading;
  /** How the table is named to the user: "Plan!A3:F6". */
  name: string;
  onApply(field: string, letter: string): void;
  /** Shown when the user has corrections saved for this table. */
  onForget?(): void;
  busy?: boolean;
}

/** Pick a field and the column it is in; "(none)" stops a wrongly read field being read. */
export function ColumnPicker({ table, name, onApply, onForget, busy }: ColumnPickerProps) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.picker;
  const fields = React.useMemo(() => pickableFields(table.kind, s.fields), [table.kind, s.fields]);
  const choices = React.useMemo(() => columnChoices(table), [table]);
  const [field, setField] = React.useState(fields[0]?.field ?? "");
  const [column, setColumn] = React.useState(table.columns[field] ?? "-");
  const [error, setError] = React.useState<string | null>(null);

  // A new reading (after Apply) shows the column the field is now read from.
  React.useEffect(() => setColumn(table.columns[field] ?? "-"), [table, field]);

  const pickField = (f: string) => {
    setField(f);
    setColumn(table.columns[f] ?? "-");
    setError(null);
  };

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    if (column === "-" && field === NAMING_FIELD[table.kind]) {
      setError(t.needsColumn(fieldLabel(table.kind, field, s.fields)));
      return;
    }
    setError(null);
    onApply(field, column);
  };

  const alsoRead = column === "-" ? [] : fieldsInColumn(table, column, field, s.fields);
  const hint = alsoRead.length ? t.alsoRead(column, alsoRead) : undefined;

  return (
    <form className={styles.form} onSubmit={apply} aria-label={t.form(name)}>
      <Field label={t.field} className={styles.field}>
        <Select className={styles.select} value={field} onChange={(_, d) => pickField(d.value)}>
          {fields.map((f) => (
            <option key={f.field} value={f.field}>
              {f.label}: {table.columns[f.field] ? t.columnOf(table.columns[f.field]!) : t.notRead}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t.fromColumn}
        className={styles.field}
        hint={hint}
        validationMessage={error ?? undefined}
        validationState={error ? "error" : "none"}
      >
        <Select
          className={styles.select}
          value={column}
          onChange={(_, d) => {
            setColumn(d.value);
            setError(null);
          }}
        >
          <option value="-">{t.none}</option>
          {choices.map((c) => (
            <option key={c.letter} value={c.letter}>
              {c.letter}
              {c.header ? ` — ${short(c.header)}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {t.apply}
        </Button>
        {onForget && (
          <Button onClick={onForget} disabledFocusable={busy}>
            {t.forget}
          </Button>
        )}
      </div>
    </form>
  );
}

import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { TableReading } from "../../core/detect/describe";
import { NAMING_FIELD, columnChoices, fieldLabel, fieldsInColumn, pickableFields } from "../fields";

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
  const fields = React.useMemo(() => pickableFields(table.kind), [table.kind]);
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
      setError(`Every row is read for its ${fieldLabel(table.kind, field)}, so it needs a column: pick the column it is in.`);
      return;
    }
    setError(null);
    onApply(field, column);
  };

  const alsoRead = column === "-" ? [] : fieldsInColumn(table, column, field);
  const hint = alsoRead.length ? `Column ${column} is also read as ${alsoRead.join(", ")}; pick (none) for that field if it is wrong.` : undefined;

  return (
    <form className={styles.form} onSubmit={apply} aria-label={`Correct how ${name} is read`}>
      <Field label="Field" className={styles.field}>
        <Select className={styles.select} value={field} onChange={(_, d) => pickField(d.value)}>
          {fields.map((f) => (
            <option key={f.field} value={f.field}>
              {f.label}: {table.columns[f.field] ? `column ${table.columns[f.field]}` : "not read"}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Read it from column" className={styles.field} hint={hint} validationMessage={error ?? undefined} validationState={error ? "error" : "none"}>
        <Select className={styles.select} value={column} onChange={(_, d) => { setColumn(d.value); setError(null); }}>
          <option value="-">(none): do not read it</option>
          {choices.map((c) => (
            <option key={c.letter} value={c.letter}>
              {c.letter}{c.header ? ` — ${short(c.header)}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>Apply</Button>
        {onForget && (
          <Button onClick={onForget} disabledFocusable={busy}>Forget my corrections for this table</Button>
        )}
      </div>
    </form>
  );
}

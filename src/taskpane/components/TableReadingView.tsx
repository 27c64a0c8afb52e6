import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TableReading } from "../../core/detect/describe";
import { plural } from "../../core/text";
import { parseAddress } from "../../core/cells";
import { fieldLabel } from "../fields";
import { ColumnPicker } from "./ColumnPicker";

const useStyles = makeStyles({
  box: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase400 },
  // A plain table: Fluent's Table would add to the first download for three columns of text.
  table: {
    borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left", verticalAlign: "top", fontWeight: tokens.fontWeightRegular,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& thead th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, paddingBottom: tokens.spacingVerticalXXS },
  letter: { fontFamily: tokens.fontFamilyMonospace, width: "64px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** Skipped rows listed one by one; a long legend would otherwise push the picker off the pane. */
const SHOWN = 20;

const byColumn = (letter: string) => parseAddress(`${letter}1`)?.col ?? 0;

const KIND = { actions: "Actions", kpis: "KPIs" } as const;

export interface TableReadingViewProps {
  table: TableReading;
  busy?: boolean;
  onApply(field: string, letter: string): void;
  onForget?(): void;
}

/** One table as the reader understood it: where it is, which column each field came from, what was skipped. */
export function TableReadingView({ table, busy, onApply, onForget }: TableReadingViewProps) {
  const styles = useStyles();
  const id = React.useId();
  const name = `${table.sheet}!${table.range}`;
  // In the sheet's order, left to right, as the user sees the columns.
  const fields = Object.entries(table.columns).sort(([, a], [, b]) => byColumn(a) - byColumn(b));
  const groups = table.kind === "actions" ? "Sections" : "Categories";
  return (
    <section className={styles.box} aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        <span>{name}</span>
        <Badge appearance="tint" color="informative">{KIND[table.kind]}</Badge>
        {table.configured && <Badge appearance="filled" color="brand">Corrected by you</Badge>}
      </h3>
      <Text>
        {table.header.length === 1 ? "Header row" : "Header rows"} {table.header.join(", ")}.
      </Text>
      <table className={styles.table}>
        <caption className={styles.caption}>Columns read</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col" className={styles.letter}>Column</th>
            <th scope="col">Header</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([field, letter]) => (
            <tr key={field}>
              <th scope="row">{fieldLabel(table.kind, field)}</th>
              <td className={styles.letter}>{letter}</td>
              <td>{table.headers[letter] ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className={styles.sub}>{groups} found: {table.sections.length === 0 ? "none" : table.sections.length}</h4>
      {table.sections.length > 0 && (
        <ul className={styles.list} aria-label={`${groups} found in ${name}`}>
          {table.sections.map((s) => <li key={s}>{s}</li>)}
        </ul>
      )}
      <h4 className={styles.sub}>Rows skipped: {table.skipped.length === 0 ? "none" : plural(table.skipped.length, "row")}</h4>
      {table.skipped.length > 0 && (
        <ul className={styles.list} aria-label={`Rows skipped in ${name}`}>
          {table.skipped.slice(0, SHOWN).map((s, i) => <li key={i}>Row {s.row}: {s.why}</li>)}
          {table.skipped.length > SHOWN && <li>and {plural(table.skipped.length - SHOWN, "more row")}</li>}
        </ul>
      )}
      <h4 className={styles.sub}>Correct a column</h4>
      <ColumnPicker table={table} name={name} onApply={onApply} onForget={onForget} busy={busy} />
    </section>
  );
}

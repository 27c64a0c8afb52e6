import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanTableReading as TableReading } from "../fields";
import { parseAddress } from "../../core/cells";
import { fieldLabel } from "../fields";
import { ColumnPicker } from "./ColumnPicker";
import { usePlainTableStyles } from "./plainTable";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
  },
  letter: { fontFamily: tokens.fontFamilyMonospace, width: "64px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

/** Skipped rows listed one by one; a long legend would otherwise push the picker off the pane. */
const SHOWN = 20;

const byColumn = (letter: string) => parseAddress(`${letter}1`)?.col ?? 0;

export interface TableReadingViewProps {
  table: TableReading;
  busy?: boolean;
  onApply(field: string, letter: string): void;
  onForget?(): void;
}

/** One table as the reader understood it: where it is, which column each field came from, what was skipped. */
export function TableReadingView({ table, busy, onApply, onForget }: TableReadingViewProps) {
  const styles = useStyles();
  const tableStyles = usePlainTableStyles();
  const s = useStrings();
  const t = s.reading;
  const id = React.useId();
  const name = `${table.sheet}!${table.range}`;
  // In the sheet's order, left to right, as the user sees the columns.
  const fields = Object.entries(table.columns).sort(([, a], [, b]) => byColumn(a) - byColumn(b));
  const groups = table.kind === "actions" ? t.sections : t.categories;
  return (
    <section className={styles.box} aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>
        <span>{name}</span>
        <Badge appearance="tint" color="informative">
          {table.kind === "actions" ? t.actionsBadge : t.kpisBadge}
        </Badge>
        {table.configured && (
          <Badge appearance="filled" color="brand">
            {t.correctedByYou}
          </Badge>
        )}
      </h3>
      <Text>{t.headerRows(table.header)}</Text>
      <table className={tableStyles.table}>
        <caption className={tableStyles.caption}>{t.columnsRead}</caption>
        <thead>
          <tr>
            <th scope="col">{t.field}</th>
            <th scope="col" className={styles.letter}>
              {t.column}
            </th>
            <th scope="col">{t.header}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([field, letter]) => (
            <tr key={field}>
              <th scope="row">{fieldLabel(table.kind, field, s.fields)}</th>
              <td className={styles.letter}>{letter}</td>
              <td>
                {table.headers[letter] ?? ""}
                {byContent(table.evidence?.[field]) && (
                  <>
                    <br />
                    <Text size={200}>{t.byContent(byContent(table.evidence?.[field])!)}</Text>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className={styles.sub}>{t.groupsFound(groups, table.sections.length)}</h4>
      {table.sections.length > 0 && (
        <ul className={styles.list} aria-label={t.groupsIn(groups, name)}>
          {table.sections.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      <h4 className={styles.sub}>
        {t.skipped(table.skipped.length === 0 ? null : s.count.rows(table.skipped.length))}
      </h4>
      {table.skipped.length > 0 && (
        <ul className={styles.list} aria-label={t.skippedIn(name)}>
          {table.skipped.slice(0, SHOWN).map((row, i) => (
            <li key={i}>{t.row(row.row, row.why)}</li>
          ))}
          {table.skipped.length > SHOWN && (
            <li>{t.andMore(s.count.moreRows(table.skipped.length - SHOWN))}</li>
          )}
        </ul>
      )}
      <h4 className={styles.sub}>{t.correctColumn}</h4>
      <ColumnPicker table={table} name={name} onApply={onApply} onForget={onForget} busy={busy} />
    </section>
  );
}

/** What the cells showed, where a field was chosen by them rather than by its header's words. */
function byContent(evidence: string | undefined): string | null {
  // "header 'achieved' (weak); 48 of 50 cells Green/Amber/Red": the part after the header's words.
  const at = evidence?.indexOf(";") ?? -1;
  return at < 0 ? null : evidence!.slice(at + 1).trim() || null;
}

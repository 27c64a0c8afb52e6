import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Config, TableOverride } from "../../core/config";
import type { TableReading } from "../../core/detect/describe";
import { correctionOf, unmatchedCorrections, withColumn, withoutCorrections } from "../corrections";
import { PlanTableReading, fieldLabel, isPlanTable } from "../fields";
import { TableReadingView } from "./TableReadingView";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

export interface PlanReadingProps {
  tables: TableReading[];
  config: Config;
  /** Where corrections are kept: the workbook (Excel) or this browser session (a file). */
  keptIn: "workbook" | "session";
  busy?: boolean;
  /** Save the corrected rules and read the plan again; `message` says what changed. */
  onCorrect(next: Config, message: string): void;
}

/** "How the plan was read": each table's header rows, columns, sections and skipped rows, and a way to correct them. */
export function PlanReading({
  tables: allTables,
  config,
  keptIn,
  busy,
  onCorrect,
}: PlanReadingProps) {
  // Risk registers are shown in their own section; these are the tables a user corrects.
  const tables = allTables.filter(isPlanTable);
  const styles = useStyles();
  const s = useStrings();
  const t = s.reading;
  const unmatched = unmatchedCorrections(config, tables);
  const kept = keptIn === "workbook" ? t.keptWorkbook : t.keptSession;

  const apply = (table: PlanTableReading, field: string, letter: string) => {
    const what = t.fieldIn(
      fieldLabel(table.kind, field, s.fields),
      `${table.sheet}!${table.range}`
    );
    onCorrect(withColumn(config, table, field, letter), `${t.corrected(what, letter)} ${kept}`);
  };
  const forget = (table: PlanTableReading | TableOverride, name: string) =>
    onCorrect(withoutCorrections(config, table), t.forgotten(name));

  return (
    <Accordion collapsible>
      <AccordionItem value="reading">
        <AccordionHeader as="h2">{t.title}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text>
              {t.intro} {kept}
            </Text>
            {tables.length === 0 && <Text>{t.noTable}</Text>}
            {tables.map((table) => (
              <TableReadingView
                key={`${table.sheet}|${table.header[0]}|${table.kind}`}
                table={table}
                busy={busy}
                onApply={(field, letter) => apply(table, field, letter)}
                onForget={
                  correctionOf(config, table)
                    ? () => forget(table, `${table.sheet}!${table.range}`)
                    : undefined
                }
              />
            ))}
            {unmatched.length > 0 && (
              <section aria-label={t.unmatchedRegion}>
                <Text weight="semibold">{t.unmatchedTitle}</Text>
                <ul className={styles.list}>
                  {unmatched.map((o, i) => {
                    const name = t.unmatchedName(o.sheet, o.headerRow);
                    return (
                      <li key={i}>
                        <Text>
                          {name}
                          {o.kind ? ` (${o.kind === "actions" ? t.kindActions : t.kindKpis})` : ""}
                          .{" "}
                        </Text>
                        <Button
                          size="small"
                          onClick={() => forget(o, name)}
                          disabledFocusable={busy}
                          aria-label={t.forgetFor(name)}
                        >
                          {t.forget}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

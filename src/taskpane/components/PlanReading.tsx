import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { Config, TableOverride } from "../../core/config";
import type { TableReading } from "../../core/detect/describe";
import { correctionOf, unmatchedCorrections, withColumn, withoutCorrections } from "../corrections";
import { fieldLabel } from "../fields";
import { TableReadingView } from "./TableReadingView";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
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

const KEPT = {
  workbook: "Corrections are saved in this workbook, so Validate plan, Generate summary and Refresh KPIs on the ribbon use them too.",
  session: "Corrections are kept for this session: the file on your computer is not changed.",
};

/** "How the plan was read": each table's header rows, columns, sections and skipped rows, and a way to correct them. */
export function PlanReading({ tables, config, keptIn, busy, onCorrect }: PlanReadingProps) {
  const styles = useStyles();
  const unmatched = unmatchedCorrections(config, tables);
  const kept = KEPT[keptIn];

  const apply = (t: TableReading, field: string, letter: string) => {
    const what = `${fieldLabel(t.kind, field)} in ${t.sheet}!${t.range}`;
    onCorrect(withColumn(config, t, field, letter), `${what} is now ${letter === "-" ? "not read" : `read from column ${letter}`}. ${kept}`);
  };
  const forget = (t: TableReading | TableOverride, name: string) =>
    onCorrect(withoutCorrections(config, t), `Your corrections for ${name} are forgotten: it is read as the plan's headers say.`);

  return (
    <Accordion collapsible>
      <AccordionItem value="reading">
        <AccordionHeader as="h2">How the plan was read</AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Text>
              The column each field was read from. If one is wrong or missing, pick the right column: the plan itself is not changed. {kept}
            </Text>
            {tables.length === 0 && <Text>No table was read.</Text>}
            {tables.map((t) => (
              <TableReadingView
                key={`${t.sheet}|${t.header[0]}|${t.kind}`}
                table={t}
                busy={busy}
                onApply={(field, letter) => apply(t, field, letter)}
                onForget={correctionOf(config, t) ? () => forget(t, `${t.sheet}!${t.range}`) : undefined}
              />
            ))}
            {unmatched.length > 0 && (
              <section aria-label="Corrections that match no table">
                <Text weight="semibold">Corrections that match no table read this time</Text>
                <ul className={styles.list}>
                  {unmatched.map((o, i) => {
                    const name = `${o.sheet}, header row ${o.headerRow}`;
                    return (
                      <li key={i}>
                        <Text>{name}{o.kind ? ` (${o.kind === "actions" ? "actions" : "KPIs"})` : ""}. </Text>
                        <Button size="small" onClick={() => forget(o, name)} disabledFocusable={busy} aria-label={`Forget corrections for ${name}`}>Forget</Button>
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

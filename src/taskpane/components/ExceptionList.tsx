import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExceptionItem } from "../../core/score/exceptions";
import type { Quarter } from "../../core/detect/headers";
import { plural } from "../../core/text";
import type { CellRef } from "../host";
import { CellLink, clip } from "./CellLink";
import { RagWord } from "./RagWord";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex", flexDirection: "column", gap: "2px",
    paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  none: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

const KIND = { action: "Action", kpi: "KPI" } as const;

export interface ExceptionListProps {
  exceptions: ExceptionItem[];
  quarter: Quarter | null;
  onSelect?(at: CellRef): void;
}

/** "To explain": every action behind or off target and every red or amber KPI, with its owner and the plan's commentary. */
export function ExceptionList({ exceptions, quarter, onSelect }: ExceptionListProps) {
  const styles = useStyles();
  const missing = exceptions.filter((e) => e.commentary === "").length;
  return (
    <Accordion collapsible defaultOpenItems={["exceptions"]}>
      <AccordionItem value="exceptions">
        <AccordionHeader as="h2">
          To explain: {exceptions.length === 0 ? "nothing" : `${plural(exceptions.length, "item")}${missing ? `, ${missing} without commentary` : ""}`}
        </AccordionHeader>
        <AccordionPanel>
          {exceptions.length === 0 ? (
            <Text>No action is behind or off target and no KPI is red or amber{quarter ? ` in ${quarter}` : ""}.</Text>
          ) : (
            <ul className={styles.list} aria-label="To explain">
              {exceptions.map((e) => (
                <li key={`${e.kind}|${e.sheet}!${e.row}`} className={styles.item} data-kind={e.kind}>
                  <span className={styles.line}>
                    <RagWord rag={e.rag} />
                    <Text size={200}>{KIND[e.kind]}</Text>
                    <CellLink at={e} onSelect={onSelect}>{e.ref ? `${e.ref} ` : ""}{clip(e.title)}</CellLink>
                  </span>
                  <Text size={200}>{[e.said, e.owner ? `Owner: ${e.owner}` : ""].filter(Boolean).join(" · ")}</Text>
                  <Text size={200}>
                    Commentary: {e.commentary ? e.commentary : <span className={styles.none}>(none given)</span>}
                    {!e.commentary && e.commentaryCell && (
                      <> — <CellLink at={{ sheet: e.sheet, cell: e.commentaryCell }} onSelect={onSelect}>write it in {e.commentaryCell}</CellLink></>
                    )}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

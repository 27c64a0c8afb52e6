import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ExceptionItem } from "../../core/score/exceptions";
import type { Quarter } from "../../core/detect/headers";
import type { CellRef } from "../host";
import { CellLink, clip } from "./CellLink";
import { RagWord } from "./RagWord";
import { useStrings } from "../strings";
import { plainListStyle } from "./plainList";

const useStyles = makeStyles({
  list: plainListStyle(tokens.spacingVerticalS),
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  none: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

export interface ExceptionListProps {
  exceptions: ExceptionItem[];
  quarter: Quarter | null;
  onSelect?(at: CellRef): void;
}

/** "To explain": every action behind or off target and every red or amber KPI, with its owner and the plan's commentary. */
export function ExceptionList({ exceptions, quarter, onSelect }: ExceptionListProps) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.exceptions;
  const missing = exceptions.filter((e) => e.commentary === "").length;
  return (
    <Accordion collapsible defaultOpenItems={["exceptions"]}>
      <AccordionItem value="exceptions">
        <AccordionHeader as="h2">
          {t.title}:{" "}
          {exceptions.length === 0
            ? t.nothing
            : `${s.count.items(exceptions.length)}${missing ? t.withoutCommentary(missing) : ""}`}
        </AccordionHeader>
        <AccordionPanel>
          {exceptions.length === 0 ? (
            <Text>{t.none(quarter)}</Text>
          ) : (
            <ul className={styles.list} aria-label={t.title}>
              {exceptions.map((e) => (
                <li
                  key={`${e.kind}|${e.sheet}!${e.row}`}
                  className={styles.item}
                  data-kind={e.kind}
                >
                  <span className={styles.line}>
                    <RagWord rag={e.rag} />
                    <Text size={200}>{t[e.kind]}</Text>
                    <CellLink at={e} onSelect={onSelect}>
                      {e.ref ? `${e.ref} ` : ""}
                      {clip(e.title)}
                    </CellLink>
                  </span>
                  <Text size={200}>
                    {[e.said, e.owner ? t.owner(e.owner) : ""].filter(Boolean).join(" · ")}
                  </Text>
                  <Text size={200}>
                    {t.commentary}{" "}
                    {e.commentary ? (
                      e.commentary
                    ) : (
                      <span className={styles.none}>{t.noneGiven}</span>
                    )}
                    {!e.commentary && e.commentaryCell && (
                      <>
                        {" "}
                        —{" "}
                        <CellLink
                          at={{ sheet: e.sheet, cell: e.commentaryCell }}
                          onSelect={onSelect}
                        >
                          {t.writeIn(e.commentaryCell)}
                        </CellLink>
                      </>
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

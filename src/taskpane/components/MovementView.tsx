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
import type { Direction, Movement } from "../../core/score/movement";
import type { Rag } from "../../core/model";
import type { CellRef } from "../host";
import { CellLink, clip } from "./CellLink";
import { RagWord } from "./RagWord";
import { useStrings } from "../strings";
import { usePlainTableStyles } from "./plainTable";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  moved: { whiteSpace: "nowrap" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** The arrow is decoration; the word is what is read. */
const ARROW: Record<Direction, string> = { worse: "▼", better: "▲" };

function Moved({ direction }: { direction: Direction }) {
  const styles = useStyles();
  const t = useStrings().movement;
  return (
    <span className={styles.moved} data-direction={direction}>
      <span aria-hidden="true">{ARROW[direction]} </span>
      {t[direction]}
    </span>
  );
}

function Change({
  from,
  to,
}: {
  from: { rag: Rag; word?: string };
  to: { rag: Rag; word?: string };
}) {
  const styles = useStyles();
  const t = useStrings().movement;
  return (
    <>
      <RagWord rag={from.rag} word={from.word} /> <span aria-hidden="true">→</span>
      <span className={styles.hidden}> {t.to}</span> <RagWord rag={to.rag} word={to.word} />
    </>
  );
}

export interface MovementViewProps {
  movement: Movement;
  onSelect?(at: CellRef): void;
}

/** "What moved since Qn": actions whose status and KPIs whose RAG got worse or better since the quarter before. */
export function MovementView({ movement, onSelect }: MovementViewProps) {
  const styles = useStyles();
  const table = usePlainTableStyles();
  const s = useStrings();
  const t = s.movement;
  if (movement.since === null) return null;
  const all = [...movement.actions, ...movement.kpis];
  const worse = all.filter((m) => m.direction === "worse").length;
  const title = t.title(movement.since);
  return (
    <Accordion collapsible defaultOpenItems={["movement"]}>
      <AccordionItem value="movement">
        <AccordionHeader as="h2">
          {title}: {all.length === 0 ? t.nothing : t.tally(worse, all.length - worse)}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {all.length === 0 && <Text>{t.none(movement.since)}</Text>}
            {movement.actions.length > 0 && (
              <table className={table.table}>
                <caption className={table.caption}>
                  {t.actions(s.count.moves(movement.actions.length))}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.action}</th>
                    <th scope="col">{t.sinceNow(movement.since)}</th>
                    <th scope="col">{t.moved}</th>
                  </tr>
                </thead>
                <tbody>
                  {movement.actions.map((m) => (
                    <tr key={`${m.sheet}!${m.row}`}>
                      <th scope="row">
                        <CellLink at={m} onSelect={onSelect}>
                          {m.id ? `${m.id} ` : ""}
                          {clip(m.title)}
                        </CellLink>
                      </th>
                      <td>
                        <Change
                          from={{ rag: m.fromRag, word: m.from }}
                          to={{ rag: m.toRag, word: m.to }}
                        />
                      </td>
                      <td>
                        <Moved direction={m.direction} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {movement.kpis.length > 0 && (
              <table className={table.table}>
                <caption className={table.caption}>
                  {t.kpis(s.count.moves(movement.kpis.length))}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.kpi}</th>
                    <th scope="col">{t.sinceNow(movement.since)}</th>
                    <th scope="col">{t.moved}</th>
                  </tr>
                </thead>
                <tbody>
                  {movement.kpis.map((m) => (
                    <tr key={`${m.sheet}!${m.row}`}>
                      <th scope="row">
                        <CellLink at={m} onSelect={onSelect}>
                          {clip(m.indicator)}
                        </CellLink>
                      </th>
                      <td>
                        <Change from={{ rag: m.from }} to={{ rag: m.to }} />
                      </td>
                      <td>
                        <Moved direction={m.direction} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Direction, Movement } from "../../core/score/movement";
import type { Rag } from "../../core/model";
import { plural } from "../../core/text";
import type { CellRef } from "../host";
import { CellLink, clip } from "./CellLink";
import { RAG_WORD, RagWord } from "./RagWord";
import { usePlainTableStyles } from "./plainTable";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  moved: { whiteSpace: "nowrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** The arrow is decoration; the word is what is read. */
const MOVED: Record<Direction, { arrow: string; word: string }> = {
  worse: { arrow: "▼", word: "Worse" },
  better: { arrow: "▲", word: "Better" },
};

function Moved({ direction }: { direction: Direction }) {
  const styles = useStyles();
  return (
    <span className={styles.moved} data-direction={direction}>
      <span aria-hidden="true">{MOVED[direction].arrow} </span>{MOVED[direction].word}
    </span>
  );
}

function Change({ from, to }: { from: { rag: Rag; word: string }; to: { rag: Rag; word: string } }) {
  const styles = useStyles();
  return (
    <>
      <RagWord rag={from.rag} word={from.word} /> <span aria-hidden="true">→</span><span className={styles.hidden}> to</span> <RagWord rag={to.rag} word={to.word} />
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
  if (movement.since === null) return null;
  const all = [...movement.actions, ...movement.kpis];
  const worse = all.filter((m) => m.direction === "worse").length;
  const title = `What moved since ${movement.since}`;
  return (
    <Accordion collapsible defaultOpenItems={["movement"]}>
      <AccordionItem value="movement">
        <AccordionHeader as="h2">
          {title}: {all.length === 0 ? "nothing" : `${worse} worse, ${all.length - worse} better`}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {all.length === 0 && <Text>No action or KPI has a different RAG from {movement.since}.</Text>}
            {movement.actions.length > 0 && (
              <table className={table.table}>
                <caption className={table.caption}>Actions ({plural(movement.actions.length, "move")})</caption>
                <thead>
                  <tr><th scope="col">Action</th><th scope="col">{movement.since} → now</th><th scope="col">Moved</th></tr>
                </thead>
                <tbody>
                  {movement.actions.map((m) => (
                    <tr key={`${m.sheet}!${m.row}`}>
                      <th scope="row"><CellLink at={m} onSelect={onSelect}>{m.id ? `${m.id} ` : ""}{clip(m.title)}</CellLink></th>
                      <td><Change from={{ rag: m.fromRag, word: m.from }} to={{ rag: m.toRag, word: m.to }} /></td>
                      <td><Moved direction={m.direction} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {movement.kpis.length > 0 && (
              <table className={table.table}>
                <caption className={table.caption}>KPIs ({plural(movement.kpis.length, "move")})</caption>
                <thead>
                  <tr><th scope="col">KPI</th><th scope="col">{movement.since} → now</th><th scope="col">Moved</th></tr>
                </thead>
                <tbody>
                  {movement.kpis.map((m) => (
                    <tr key={`${m.sheet}!${m.row}`}>
                      <th scope="row"><CellLink at={m} onSelect={onSelect}>{clip(m.indicator)}</CellLink></th>
                      <td><Change from={{ rag: m.from, word: RAG_WORD[m.from] }} to={{ rag: m.to, word: RAG_WORD[m.to] }} /></td>
                      <td><Moved direction={m.direction} /></td>
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

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
import type { ActionMove, Direction, KpiMove, Movement } from "../../core/score/movement";
import type { Quarter } from "../../core/detect/headers";
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

/** A RAG before or after a move, with the status word an action's cell said. */
interface RagAndWord {
  rag: Rag;
  word?: string;
}

function Change({ from, to }: { from: RagAndWord; to: RagAndWord }) {
  const styles = useStyles();
  const t = useStrings().movement;
  return (
    <>
      <RagWord rag={from.rag} word={from.word} /> <span aria-hidden="true">→</span>
      <span className={styles.hidden}> {t.to}</span> <RagWord rag={to.rag} word={to.word} />
    </>
  );
}

/** One line of a movement table: the action or KPI that moved, the name its cell link shows, and its RAG then and now. */
interface MovementRow {
  move: ActionMove | KpiMove;
  name: React.ReactNode;
  from: RagAndWord;
  to: RagAndWord;
}

/** An action's row: its reference and title, and its status word then and now. */
function actionRow(m: ActionMove): MovementRow {
  const name = (
    <>
      {m.id ? `${m.id} ` : ""}
      {clip(m.title)}
    </>
  );
  return {
    move: m,
    name,
    from: { rag: m.fromRag, word: m.from },
    to: { rag: m.toRag, word: m.to },
  };
}

/** A KPI's row: its indicator, and its RAG then and now. */
function kpiRow(m: KpiMove): MovementRow {
  return { move: m, name: clip(m.indicator), from: { rag: m.from }, to: { rag: m.to } };
}

/** A table of moves since the quarter before (actions or KPIs), each row linked to its cell; nothing when none moved. */
function MovementTable({
  caption,
  heading,
  since,
  rows,
  onSelect,
}: {
  caption: string;
  heading: string;
  since: Quarter;
  rows: MovementRow[];
  onSelect?(at: CellRef): void;
}) {
  const table = usePlainTableStyles();
  const t = useStrings().movement;
  if (rows.length === 0) return null;
  return (
    <table className={table.table}>
      <caption className={table.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">{t.sinceNow(since)}</th>
          <th scope="col">{t.moved}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ move, name, from, to }) => (
          <tr key={`${move.sheet}!${move.row}`}>
            <th scope="row">
              <CellLink at={move} onSelect={onSelect}>
                {name}
              </CellLink>
            </th>
            <td>
              <Change from={from} to={to} />
            </td>
            <td>
              <Moved direction={move.direction} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface MovementViewProps {
  movement: Movement;
  onSelect?(at: CellRef): void;
}

/** "What moved since Qn": actions whose status and KPIs whose RAG got worse or better since the quarter before. */
export function MovementView({ movement, onSelect }: MovementViewProps) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.movement;
  if (movement.since === null) return null;
  const all = [...movement.actions, ...movement.kpis];
  const worse = all.filter((m) => m.direction === "worse").length;
  const title = t.title(movement.since);
  const shared = { since: movement.since, onSelect };
  return (
    <Accordion collapsible defaultOpenItems={["movement"]}>
      <AccordionItem value="movement">
        <AccordionHeader as="h2">
          {title}: {all.length === 0 ? t.nothing : t.tally(worse, all.length - worse)}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            {all.length === 0 && <Text>{t.none(movement.since)}</Text>}
            <MovementTable
              caption={t.actions(s.count.moves(movement.actions.length))}
              heading={t.action}
              rows={movement.actions.map(actionRow)}
              {...shared}
            />
            <MovementTable
              caption={t.kpis(s.count.moves(movement.kpis.length))}
              heading={t.kpi}
              rows={movement.kpis.map(kpiRow)}
              {...shared}
            />
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

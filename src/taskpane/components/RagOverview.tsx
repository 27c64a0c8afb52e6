import * as React from "react";
import { Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Rag } from "../../core/model";
import { RAG_STYLE } from "../../core/sheets/palette";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: 0,
    margin: 0,
    listStyleType: "none",
  },
  chip: {
    ...shorthands.padding("2px", "8px"),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    fontWeight: tokens.fontWeightSemibold,
    "@media (forced-colors: active)": { ...shorthands.border("1px", "solid", "CanvasText") },
  },
});

/** One count: its colour and the word that says the same, since colour is never the only signal. */
export interface RagItem {
  rag: Rag;
  word: string;
  count: number;
}

export interface RagOverviewProps {
  title: string;
  items: RagItem[];
}

/** Counts per colour, each with its word, so the colours are never the only signal. */
export function RagOverview({ items, title }: RagOverviewProps) {
  const styles = useStyles();
  const t = useStrings();
  return (
    <section aria-label={t.summary.byRag(title)}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {items.map((item) => (
          <li
            key={item.word}
            className={styles.chip}
            style={{
              background: `#${RAG_STYLE[item.rag].fill}`,
              color: `#${RAG_STYLE[item.rag].color}`,
            }}
            data-rag={item.rag}
          >
            {item.word}: {item.count}
          </li>
        ))}
      </ul>
    </section>
  );
}

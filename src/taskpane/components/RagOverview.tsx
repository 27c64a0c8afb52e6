import * as React from "react";
import { Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Rag } from "../../core/model";
import { RAG_STYLE } from "../../core/sheets/palette";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, padding: 0, margin: 0, listStyleType: "none" },
  chip: { ...shorthands.padding("2px", "8px"), ...shorthands.borderRadius(tokens.borderRadiusMedium), fontWeight: tokens.fontWeightSemibold },
});

const ORDER: Rag[] = ["red", "amber", "green", "blue", "grey"];

export interface RagOverviewProps {
  title: string;
  counts: Record<Rag, number>;
  /** The word for each colour; colours left out are not shown. */
  words: Partial<Record<Rag, string>>;
}

/** Counts per colour, each with its word, so the colours are never the only signal. */
export function RagOverview({ counts, title, words }: RagOverviewProps) {
  const styles = useStyles();
  return (
    <section aria-label={`${title} by RAG`}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {ORDER.filter((rag) => words[rag]).map((rag) => (
          <li key={rag} className={styles.chip} style={{ background: `#${RAG_STYLE[rag].fill}`, color: `#${RAG_STYLE[rag].color}` }} data-rag={rag}>
            {words[rag]}: {counts[rag]}
          </li>
        ))}
      </ul>
    </section>
  );
}

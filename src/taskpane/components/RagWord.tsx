import * as React from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Rag } from "../../core/model";
import { RAG_STYLE } from "../../core/sheets/palette";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  chip: {
    display: "inline-block",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
    ...shorthands.padding("0", "6px"),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    // High contrast drops the fill: a border keeps the chip a chip, and the word says the RAG.
    "@media (forced-colors: active)": { ...shorthands.border("1px", "solid", "CanvasText") },
  },
});

/**
 * A word in its RAG colour, as on the summary sheets; the word says it too, since colour is never the
 * only signal. `word` defaults to the colour's name; a figure (a percentage) is followed by that name.
 */
export function RagWord({ rag, word, figure }: { rag: Rag; word?: string; figure?: string }) {
  const styles = useStyles();
  const t = useStrings();
  const text = figure !== undefined ? `${figure} · ${t.rag[rag]}` : (word ?? t.rag[rag]);
  return (
    <span
      className={styles.chip}
      style={{ background: `#${RAG_STYLE[rag].fill}`, color: `#${RAG_STYLE[rag].color}` }}
      data-rag={rag}
    >
      {text}
    </span>
  );
}

import * as React from "react";
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Rag } from "../../core/model";
import { RAG_STYLE } from "../../core/sheets/palette";

const useStyles = makeStyles({
  chip: {
    display: "inline-block", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold,
    ...shorthands.padding("0", "6px"), ...shorthands.borderRadius(tokens.borderRadiusMedium),
  },
});

/** The colour words a RAG is read as in the pane: red, amber, green, blue, grey. */
export const RAG_WORD: Record<Rag, string> = { red: "Red", amber: "Amber", green: "Green", blue: "Blue", grey: "Grey" };

/** A word in its RAG colour, as on the summary sheets; the word says it too, since colour is never the only signal. */
export function RagWord({ rag, word = RAG_WORD[rag] }: { rag: Rag; word?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.chip} style={{ background: `#${RAG_STYLE[rag].fill}`, color: `#${RAG_STYLE[rag].color}` }} data-rag={rag}>
      {word}
    </span>
  );
}

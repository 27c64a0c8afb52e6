import * as React from "react";
import { Button, Text, makeStyles } from "@fluentui/react-components";
import type { CellRef } from "../host";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  button: {
    textAlign: "left",
    justifyContent: "flex-start",
    whiteSpace: "normal",
    minWidth: 0,
    height: "auto",
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: "inherit",
  },
});

/** A long action title cut to a few lines: the pane is narrow, and the cell holds the whole text. */
export function clip(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface CellLinkProps {
  at: CellRef;
  children: React.ReactNode;
  /** When given, the text is a button that takes the user to the cell (Excel); otherwise plain text. */
  onSelect?(at: CellRef): void;
}

/** A row's name that takes the user to its cell when the host can; its accessible name says where. */
export function CellLink({ at, children, onSelect }: CellLinkProps) {
  const styles = useStyles();
  const t = useStrings();
  const where = `${at.sheet}!${at.cell}`;
  if (!onSelect)
    return (
      <Text size={200} title={where}>
        {children}
      </Text>
    );
  return (
    <Button
      size="small"
      appearance="transparent"
      className={styles.button}
      title={t.cell.goTo(where)}
      onClick={() => onSelect(at)}
    >
      {children}
    </Button>
  );
}

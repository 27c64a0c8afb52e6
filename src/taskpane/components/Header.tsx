import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: "1px",
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
});

export function Header({ subtitle }: { subtitle: string }) {
  const styles = useStyles();
  const t = useStrings();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold">
        {t.header.title}
      </Text>
      <Text size={200}>{subtitle}</Text>
    </header>
  );
}

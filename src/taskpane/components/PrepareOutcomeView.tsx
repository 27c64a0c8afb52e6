import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PrepareOutcome, PrepareSheetOutcome } from "../../core/prepare/plan";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  sheets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  group: { display: "flex", flexDirection: "column" },
  ranges: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-word" },
});

export interface PrepareOutcomeViewProps {
  outcome: PrepareOutcome;
  /** "will get" (preview) or "got". */
  preview: boolean;
}

function SheetView({ sheet, preview }: { sheet: PrepareSheetOutcome; preview: boolean }) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.prepare;
  return (
    <section aria-label={t.sheetRegion(sheet.sheet)}>
      <Text weight="semibold" block>
        {t.sheetLine(sheet.sheet, s.count.cells(sheet.added), preview)}
      </Text>
      {sheet.groups.length > 0 && (
        <ul className={styles.list} aria-label={t.dropDownsOn(sheet.sheet)}>
          {sheet.groups.map((g) => (
            <li key={`${g.table}|${g.what}|${g.ranges[0]}`} className={styles.group}>
              <Text>{t.group(g.what, g.table, s.count.cells(g.cells.length))}</Text>
              <Text size={200}>{t.statuses(g.list)}</Text>
              <Text size={200} className={styles.ranges}>
                {g.ranges.join(", ")}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {sheet.alreadyPrepared > 0 && (
        <Text as="p" size={200}>
          {t.alreadyOnSheet(s.count.cells(sheet.alreadyPrepared))}
        </Text>
      )}
      {sheet.leftAlone.cells > 0 && (
        <Text as="p" size={200}>
          {t.leftAloneOnSheet}{" "}
          <span className={styles.ranges}>{sheet.leftAlone.ranges.join(", ")}</span> (
          {s.count.cells(sheet.leftAlone.cells)}).
        </Text>
      )}
    </section>
  );
}

/** Per sheet: the cells that get (or got) a drop-down, by table, with their statuses and areas; those prepared already; those left alone. */
export function PrepareOutcomeView({ outcome, preview }: PrepareOutcomeViewProps) {
  const styles = useStyles();
  const sheets = outcome.sheets.filter(
    (s) => s.added > 0 || s.alreadyPrepared > 0 || s.leftAlone.cells > 0
  );
  if (sheets.length === 0) return null;
  return (
    <div className={styles.sheets}>
      {sheets.map((s) => (
        <SheetView key={s.sheet} sheet={s} preview={preview} />
      ))}
    </div>
  );
}

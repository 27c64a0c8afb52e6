import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PlanIssue } from "../../core/issues";
import { useStrings } from "../strings";
import { plainListStyle } from "./plainList";

const useStyles = makeStyles({
  list: plainListStyle(tokens.spacingVerticalXS),
  item: {
    display: "grid",
    gridTemplateColumns: "76px 56px 1fr",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  cell: { minWidth: "52px", fontFamily: tokens.fontFamilyMonospace },
});

const BADGE = {
  error: { color: "danger", word: "error" },
  warning: { color: "warning", word: "warning" },
  info: { color: "informative", word: "note" },
} as const;

export interface IssueListProps {
  issues: PlanIssue[];
  /** Called when the user picks an issue; the host takes them to its cell. */
  onSelect?(issue: PlanIssue): void;
}

/** Issues grouped by sheet, errors first, with counts; each issue names its cell. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  const styles = useStyles();
  const t = useStrings();
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  if (issues.length === 0) return <Text role="status">{t.issues.none}</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={sheets} aria-label={t.issues.bySheet}>
      {sheets.map((sheet) => {
        const list = issues.filter((i) => i.sheet === sheet);
        const count = (s: PlanIssue["severity"]) => list.filter((i) => i.severity === s).length;
        return (
          <AccordionItem key={sheet} value={sheet}>
            <AccordionHeader>
              {t.issues.sheetHeading(
                sheet,
                t.count.errors(count("error")),
                t.count.warnings(count("warning")),
                t.count.notes(count("info"))
              )}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={t.issues.onSheet(sheet)}>
                {list.map((issue, i) => (
                  <li
                    key={`${issue.cell}-${issue.code}-${i}`}
                    className={styles.item}
                    data-severity={issue.severity}
                  >
                    <Badge color={BADGE[issue.severity].color} appearance="filled">
                      {t.issues[BADGE[issue.severity].word]}
                    </Badge>
                    {onSelect ? (
                      <Button
                        size="small"
                        appearance="subtle"
                        className={styles.cell}
                        onClick={() => onSelect(issue)}
                        aria-label={t.cell.goTo(`${issue.sheet}!${issue.cell}`)}
                      >
                        {issue.cell}
                      </Button>
                    ) : (
                      <Text className={styles.cell} aria-label={`${issue.sheet}!${issue.cell}`}>
                        {issue.cell}
                      </Text>
                    )}
                    <Text size={200}>{issue.message}</Text>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

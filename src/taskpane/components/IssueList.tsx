import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { PlanIssue } from "../../core/issues";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "grid", gridTemplateColumns: "76px 56px 1fr", gap: tokens.spacingHorizontalS, alignItems: "start" },
  cell: { minWidth: "52px", fontFamily: tokens.fontFamilyMonospace },
});

const BADGE = {
  error: { color: "danger", word: "Error" },
  warning: { color: "warning", word: "Warning" },
  info: { color: "informative", word: "Note" },
} as const;

import { plural } from "../../core/text";

export interface IssueListProps {
  issues: PlanIssue[];
  /** Called when the user picks an issue; the host takes them to its cell. */
  onSelect?(issue: PlanIssue): void;
}

/** Issues grouped by sheet, errors first, with counts; each issue names its cell. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  const styles = useStyles();
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  if (issues.length === 0) return <Text role="status">No issues found.</Text>;
  return (
    <Accordion multiple collapsible defaultOpenItems={sheets} aria-label="Issues by sheet">
      {sheets.map((sheet) => {
        const list = issues.filter((i) => i.sheet === sheet);
        const count = (s: PlanIssue["severity"]) => list.filter((i) => i.severity === s).length;
        return (
          <AccordionItem key={sheet} value={sheet}>
            <AccordionHeader>
              {sheet} — {plural(count("error"), "error")}, {plural(count("warning"), "warning")}, {plural(count("info"), "note")}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={`Issues on ${sheet}`}>
                {list.map((issue, i) => (
                  <li key={`${issue.cell}-${issue.code}-${i}`} className={styles.item} data-severity={issue.severity}>
                    <Badge color={BADGE[issue.severity].color} appearance="filled">{BADGE[issue.severity].word}</Badge>
                    {onSelect ? (
                      <Button size="small" appearance="subtle" className={styles.cell} onClick={() => onSelect(issue)} aria-label={`Go to ${issue.sheet}!${issue.cell}`}>
                        {issue.cell}
                      </Button>
                    ) : (
                      <Text className={styles.cell} aria-label={`${issue.sheet}!${issue.cell}`}>{issue.cell}</Text>
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

import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { prepareHeadline, removedHeadline } from "../prepareText";
import { PrepareOutcomeView } from "./PrepareOutcomeView";
import type { PrepareState } from "./usePrepare";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalM),
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  ranges: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-word" },
});

export interface PreparePanelProps {
  state: PrepareState;
  busy: boolean;
}

/** Prepare plan: status drop-downs and RAG colours in the plan's own status cells, shown before they are added; and Remove preparation. */
export function PreparePanel({ state, busy }: PreparePanelProps) {
  const styles = useStyles();
  const s = useStrings();
  const t = s.prepare;
  if (!state.available) return null;
  const { stage } = state;
  return (
    <section className={styles.panel} aria-label={t.region}>
      <div className={styles.buttons}>
        <Button onClick={state.preview} disabledFocusable={busy}>
          {t.button}
        </Button>
        {state.canRemove && (
          <Button onClick={state.remove} disabledFocusable={busy}>
            {t.remove}
          </Button>
        )}
      </div>
      {stage.step === "preview" && (
        <div className={styles.box} role="region" aria-label={t.willAdd}>
          <Text role="status" data-testid="prepare-headline">
            {prepareHeadline(stage.result.outcome, true, t)}
          </Text>
          <PrepareOutcomeView outcome={stage.result.outcome} preview />
          {stage.result.note && <Text size={200}>{stage.result.note}</Text>}
          <div className={styles.buttons}>
            {stage.result.outcome.added > 0 && (
              <Button appearance="primary" onClick={state.confirm} disabledFocusable={busy}>
                {t.addTo(s.count.cells(stage.result.outcome.added))}
              </Button>
            )}
            <Button onClick={state.cancel} disabledFocusable={busy}>
              {stage.result.outcome.added > 0 ? t.cancel : t.close}
            </Button>
          </div>
        </div>
      )}
      {stage.step === "prepared" && (
        <div className={styles.box} role="region" aria-label={t.added}>
          <MessageBar intent="success">
            <MessageBarBody data-testid="prepare-headline">
              {prepareHeadline(stage.result.outcome, false, t)}
              {stage.result.note ? ` ${stage.result.note}` : ""}
            </MessageBarBody>
          </MessageBar>
          <PrepareOutcomeView outcome={stage.result.outcome} preview={false} />
        </div>
      )}
      {stage.step === "removed" && (
        <div className={styles.box} role="region" aria-label={t.removedRegion}>
          <MessageBar intent="success">
            <MessageBarBody data-testid="prepare-headline">
              {removedHeadline(stage.result, t)}
              {stage.result.note ? ` ${stage.result.note}` : ""}
            </MessageBarBody>
          </MessageBar>
          {stage.result.removed.length > 0 && (
            <ul className={styles.list} aria-label={t.removedBySheet}>
              {stage.result.removed.map((r) => (
                <li key={r.sheet}>
                  <Text>
                    {r.sheet}: {s.count.cells(r.cells)} (
                    <span className={styles.ranges}>{r.ranges.join(", ")}</span>),{" "}
                    {s.count.colourRules(r.colourRules)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

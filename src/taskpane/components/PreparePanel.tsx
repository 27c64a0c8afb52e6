import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { plural } from "../../core/text";
import { prepareHeadline, removedHeadline } from "../prepareText";
import { PrepareOutcomeView } from "./PrepareOutcomeView";
import type { PrepareState } from "./usePrepare";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  box: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS,
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
  if (!state.available) return null;
  const { stage } = state;
  return (
    <section className={styles.panel} aria-label="Prepare plan">
      <div className={styles.buttons}>
        <Button onClick={state.preview} disabledFocusable={busy}>Prepare plan</Button>
        {state.canRemove && <Button onClick={state.remove} disabledFocusable={busy}>Remove preparation</Button>}
      </div>
      {stage.step === "preview" && (
        <div className={styles.box} role="region" aria-label="What Prepare plan will add">
          <Text role="status" data-testid="prepare-headline">{prepareHeadline(stage.result.outcome, true)}</Text>
          <PrepareOutcomeView outcome={stage.result.outcome} preview />
          {stage.result.note && <Text size={200}>{stage.result.note}</Text>}
          <div className={styles.buttons}>
            {stage.result.outcome.added > 0 && (
              <Button appearance="primary" onClick={state.confirm} disabledFocusable={busy}>
                Add drop-downs to {plural(stage.result.outcome.added, "cell")}
              </Button>
            )}
            <Button onClick={state.cancel} disabledFocusable={busy}>{stage.result.outcome.added > 0 ? "Cancel" : "Close"}</Button>
          </div>
        </div>
      )}
      {stage.step === "prepared" && (
        <div className={styles.box} role="region" aria-label="What Prepare plan added">
          <MessageBar intent="success">
            <MessageBarBody data-testid="prepare-headline">
              {prepareHeadline(stage.result.outcome, false)}
              {stage.result.note ? ` ${stage.result.note}` : ""}
            </MessageBarBody>
          </MessageBar>
          <PrepareOutcomeView outcome={stage.result.outcome} preview={false} />
        </div>
      )}
      {stage.step === "removed" && (
        <div className={styles.box} role="region" aria-label="What Remove preparation took out">
          <MessageBar intent="success">
            <MessageBarBody data-testid="prepare-headline">
              {removedHeadline(stage.result)}
              {stage.result.note ? ` ${stage.result.note}` : ""}
            </MessageBarBody>
          </MessageBar>
          {stage.result.removed.length > 0 && (
            <ul className={styles.list} aria-label="Removed, by sheet">
              {stage.result.removed.map((s) => (
                <li key={s.sheet}>
                  <Text>
                    {s.sheet}: {plural(s.cells, "cell")} (<span className={styles.ranges}>{s.ranges.join(", ")}</span>), {plural(s.colourRules, "colour rule")}
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

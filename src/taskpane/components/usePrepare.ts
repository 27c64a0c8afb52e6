import * as React from "react";
import type { PlanHost, PrepareResult, RemovePreparationResult, RunOptions } from "../host";
import type { Work } from "../work";
import { useStrings } from "../strings";

/** Where Prepare plan is: nothing shown, its preview awaiting a yes, done, or its preparation removed. */
export type PrepareStage =
  | { step: "idle" }
  | { step: "preview"; result: PrepareResult }
  | { step: "prepared"; result: PrepareResult }
  | { step: "removed"; result: RemovePreparationResult };

export interface PrepareState {
  /** False when the host cannot prepare a plan: the pane then offers nothing. */
  available: boolean;
  canRemove: boolean;
  stage: PrepareStage;
  /** Shows what Prepare plan would add, changing nothing. */
  preview(): Promise<void>;
  /** Does it, after the preview. */
  confirm(): Promise<void>;
  cancel(): void;
  remove(): Promise<void>;
}

/** Prepare plan's state: preview first, then prepare on confirmation; or remove. Starts again for each workbook. */
export function usePrepare(
  host: PlanHost | null,
  options: () => RunOptions,
  work: Work
): PrepareState {
  const running = useStrings().running;
  const [stage, setStage] = React.useState<PrepareStage>({ step: "idle" });
  // Another workbook: what was shown was about the last one.
  const [shownFor, setShownFor] = React.useState(host);
  if (shownFor !== host) {
    setShownFor(host);
    setStage({ step: "idle" });
  }

  const preview = async () => {
    if (!host?.previewPrepare) return;
    const result = await work(running.preview, () => host.previewPrepare!(options()));
    setStage(result ? { step: "preview", result } : { step: "idle" });
  };
  const confirm = async () => {
    if (!host?.prepare) return;
    const result = await work(running.prepare, () => host.prepare!(options()));
    if (result) setStage({ step: "prepared", result });
  };
  const remove = async () => {
    if (!host?.removePreparation) return;
    const result = await work(running.remove, () => host.removePreparation!());
    setStage(result ? { step: "removed", result } : { step: "idle" });
  };
  return {
    available: !!host?.previewPrepare && !!host.prepare,
    canRemove: !!host?.removePreparation,
    stage,
    preview,
    confirm,
    cancel: () => setStage({ step: "idle" }),
    remove,
  };
}

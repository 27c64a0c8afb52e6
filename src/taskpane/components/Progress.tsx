import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";

/** Shown while an action runs; the label is announced to screen readers. */
export function Progress({ message }: { message: string }) {
  return (
    <Field validationMessage={message} validationState="none" aria-live="polite">
      <ProgressBar aria-label={message} />
    </Field>
  );
}

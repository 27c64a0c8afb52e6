import type { GriffelStyle } from "@fluentui/react-components";

/** A list without bullets or indent, its items stacked with the given gap: the pane's lists of issues and exceptions. */
export function plainListStyle(gap: string): GriffelStyle {
  return {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap,
  };
}

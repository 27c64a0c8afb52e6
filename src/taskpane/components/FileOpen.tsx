import * as React from "react";
import { Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  zone: {
    ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.padding(tokens.spacingVerticalL),
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start",
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
});

/** Opening a workbook outside Excel: a file picker, or drop the file here. Nothing is uploaded. */
export function FileOpen({ onFile, current }: { onFile(file: File): void; current: string | null }) {
  const styles = useStyles();
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={`${styles.zone} ${over ? styles.over : ""}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer.files?.[0];
        if (f) onFile(f);
      }}
      data-testid="drop-zone"
    >
      <label htmlFor="plan-file"><Text weight="semibold">Open a plan workbook (.xlsx)</Text></label>
      <input id="plan-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) onFile(f); }} />
      <Text size={200}>{current ? `Open: ${current}` : "…or drop it here. The file stays on this computer."}</Text>
    </div>
  );
}

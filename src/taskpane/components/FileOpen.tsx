import * as React from "react";
import { Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  zone: {
    ...shorthands.border("2px", "dashed", tokens.colorNeutralStroke1),
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ...shorthands.padding(tokens.spacingVerticalL),
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  over: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface FileOpenProps {
  /** The files chosen or dropped: one plan, or several for a roll-up when `multiple`. */
  onFiles(files: File[]): void;
  /** What is open now, in words. */
  current: string | null;
  /** Several files may be chosen at once (the roll-up). */
  multiple?: boolean;
}

/** Opening a workbook outside Excel: a file picker, or drop the file here. Nothing is uploaded. */
export function FileOpen({ onFiles, current, multiple }: FileOpenProps) {
  const styles = useStyles();
  const t = useStrings().fileOpen;
  const [over, setOver] = React.useState(false);
  const take = (list: FileList | File[] | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={`${styles.zone} ${over ? styles.over : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
      data-testid="drop-zone"
    >
      <label htmlFor="plan-file">
        <Text weight="semibold">{multiple ? t.openMany : t.openOne}</Text>
      </label>
      <input
        id="plan-file"
        type="file"
        multiple={multiple}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => take(e.target.files)}
      />
      <Text size={200}>{current ? t.current(current) : multiple ? t.dropMany : t.dropOne}</Text>
    </div>
  );
}

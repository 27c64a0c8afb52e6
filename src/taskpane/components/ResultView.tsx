/**
 * What the pane shows once a plan has been read: the counts, what moved, what to explain, how the
 * plan was read and its issues. Its own chunk (with the core functions it uses), loaded when a run
 * starts, so the pane's first download is only what it needs before a plan is read.
 */
import * as React from "react";
import { Divider, Text } from "@fluentui/react-components";
import type { Config } from "../../core/config";
import type { CellRef, RunResult } from "../host";
import { ReportSummary } from "./ReportSummary";
import { MovementView } from "./MovementView";
import { ExceptionList } from "./ExceptionList";
import { PlanReading } from "./PlanReading";
import { IssueList } from "./IssueList";
import { RiskView } from "./RiskView";
import { useStrings } from "../strings";

export interface ResultViewProps {
  result: RunResult;
  config: Config;
  keptIn: "workbook" | "session";
  busy: boolean;
  onCorrect(next: Config, message: string): void;
  /** Takes the user to a cell; absent where the host cannot (a file). */
  onSelect?(at: CellRef): void;
}

export function ResultView({ result, config, keptIn, busy, onCorrect, onSelect }: ResultViewProps) {
  const t = useStrings();
  const { report } = result;
  return (
    <>
      <ReportSummary report={report} />
      <MovementView movement={report.movement} onSelect={onSelect} />
      <ExceptionList
        exceptions={report.exceptions}
        quarter={report.window.quarter}
        onSelect={onSelect}
      />
      <RiskView risks={report.risks} onSelect={onSelect} />
      <PlanReading
        tables={report.tables}
        config={config}
        keptIn={keptIn}
        busy={busy}
        onCorrect={onCorrect}
      />
      <Divider />
      <Text as="h2" weight="semibold">
        {t.app.issues}
      </Text>
      <IssueList issues={report.issues} onSelect={onSelect} />
    </>
  );
}

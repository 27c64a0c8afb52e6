/**
 * Synthetic plans in the seed layouts, a hundred times larger: the service
 * plan's action table (an action row and a status row under it, pages of 20
 * with the header repeated) and its two-row-header KPI table, one KPI per ten
 * actions. Written with exceljs' streaming writer; never committed.
 */
import ExcelJS from "exceljs";

const STATUS = [
  "On Target",
  "On Target",
  "On Target",
  "Behind Target",
  "Off Target",
  "Select Progress",
];
const ACTION_HEADER = [
  "Action",
  "Expected impact of this action",
  "Strategic Plan it aligns to",
  "Outcome it contributes to",
  "Timescale",
  "Funding",
  "Officer responsible",
  "Q1 Performance appraisal",
  "Q2 Performance appraisal",
  "Q3 Performance appraisal",
  "Q4 Performance appraisal",
];
const TIMESCALES = [
  "By Sept 2015",
  "On-going",
  "By end July 2015",
  "Year 1 by end of March 2016",
  "Targets not set yet",
  "Dec-15",
];

export async function writeSyntheticPlan(file: string, actions: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("Service Plan");
  ws.addRow(["Service Plan 2015/18 – Q2 Review"]).commit();
  ws.addRow([]).commit();
  for (let i = 1; i <= actions; i++) {
    if ((i - 1) % 20 === 0) {
      if (i > 1) ws.addRow([]).commit();
      ws.addRow(ACTION_HEADER).commit();
    }
    ws.addRow([
      `${i}. Deliver safeguarding improvement ${i} across the directorate, working with partners to embed good practice.`,
      "Children are safeguarded because workers are trained to recognise and respond to concerns.",
      "Single Integrated Plan",
      "People feel safe",
      TIMESCALES[i % TIMESCALES.length],
      "Core",
      `Officer ${i % 37}`,
      i % 3 ? "Training programme signed off." : "",
      `Quarter two update for action ${i}.`,
    ]).commit();
    ws.addRow([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      STATUS[i % STATUS.length],
      STATUS[(i + 1) % STATUS.length],
      "Select Progress",
      "Select Progress",
    ]).commit();
  }
  ws.addRow([]).commit();
  ws.addRow([]).commit();
  ws.addRow(["Indicator", "Processes (How Much and How Well?)"]).commit();
  ws.addRow([
    null,
    "Actual 2012/13",
    "Actual 2013/14",
    "Actual 2014/15",
    "latest Wales Av",
    "Target 2015/16",
    "Actual 2015/16 Q1",
    "Actual 2015/16 Q2",
    "Actual 2015/16 Q3",
    "Actual 2015/16 Q4",
    "Context/ Comment",
  ]).commit();
  for (let k = 1; k <= Math.max(1, Math.floor(actions / 10)); k++) {
    const den = 100 + (k % 400);
    const num = Math.floor(den * 0.8);
    ws.addRow([
      `Percentage of reviews held on time, area ${k} (SCC/${String(k % 1000).padStart(3, "0")})`,
      `${((num / den) * 100).toFixed(1)}% (${num}/${den})`,
      `${(80 + (k % 15)).toFixed(1)}%`,
      `${(82 + (k % 11)).toFixed(1)}%`,
      "89.9%",
      k % 4 ? "90%" : "12 – 30%",
      "",
      `${(85 + (k % 13)).toFixed(1)}%`,
      "",
      "",
      k % 5 ? "" : "N/K",
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * Database-style headers ("MEASURE_NAME", "CFY_ACTUAL", "apTitle", "QTR1") are read as words:
 * split at underscores, dots, camelCase and digits, then each short form below written out.
 * Plain data: a publisher's abbreviation is a line here.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  qtr: "quarter",
  qtrs: "quarters",
  qr: "quarter",
  ytd: "year to date",
  yr: "year",
  tgt: "target",
  trgt: "target",
  act: "actual",
  actl: "actual",
  desc: "description",
  descr: "description",
  num: "number",
  nbr: "number",
  no: "no",
  pct: "percent",
  perc: "percent",
  pc: "percent",
  mgr: "manager",
  dept: "department",
  dir: "directorate",
  resp: "responsible",
  cmt: "comment",
  cmts: "comments",
  comm: "comments",
  dt: "date",
  prev: "previous",
  curr: "current",
  cur: "current",
  mth: "month",
  est: "estimated",
  var: "variance",
  bl: "baseline",
  stat: "status",
  sts: "status",
  pi: "pi",
  // Quality performance indicator (NHS cancer audits), key performance indicator.
  qpi: "indicator",
  kpi: "kpi",
};

/**
 * Period prefixes of financial returns: "CFY_ACTUAL" is this year's actual, "PFY1_ACTUAL" the year
 * before's (a figure of an earlier period, labelled), "FY" a financial year. Read as a period
 * label on what the rest of the header says.
 */
export const PERIOD_PREFIXES: Readonly<Record<string, { label: string; current: boolean }>> = {
  cfy: { label: "CFY", current: true },
  cy: { label: "CY", current: true },
  pfy: { label: "PFY", current: false },
  pfy1: { label: "PFY1", current: false },
  pfy2: { label: "PFY2", current: false },
  pfy3: { label: "PFY3", current: false },
  pfy4: { label: "PFY4", current: false },
  pfy5: { label: "PFY5", current: false },
  py: { label: "PY", current: false },
  py1: { label: "PY1", current: false },
  py2: { label: "PY2", current: false },
};

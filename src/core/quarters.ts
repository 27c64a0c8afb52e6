/** UK financial-year quarters: Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar. */
import { QUARTERS, Quarter } from "./detect/headers";

export function quarterStart(fy: number, q: Quarter): string {
  return { Q1: `${fy}-04-01`, Q2: `${fy}-07-01`, Q3: `${fy}-10-01`, Q4: `${fy + 1}-01-01` }[q];
}

export function quarterEnd(fy: number, q: Quarter): string {
  return { Q1: `${fy}-06-30`, Q2: `${fy}-09-30`, Q3: `${fy}-12-31`, Q4: `${fy + 1}-03-31` }[q];
}

export function quarterOfDate(iso: string): { fy: number; quarter: Quarter } {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (month >= 4 && month <= 6) return { fy: year, quarter: "Q1" };
  if (month >= 7 && month <= 9) return { fy: year, quarter: "Q2" };
  if (month >= 10) return { fy: year, quarter: "Q3" };
  return { fy: year - 1, quarter: "Q4" };
}

/** The chosen quarter and every earlier one: Q2 → [Q1, Q2]. */
export function quartersUpTo(q: Quarter): Quarter[] {
  return QUARTERS.slice(0, QUARTERS.indexOf(q) + 1);
}

/**
 * Dates as both adapters hand them to the core: a number under a date format is a Date. Excel
 * answers a date as its serial number and the .xlsx file stores it so; the core reads a Date
 * the same way from either shell ("Aug-14" under Completion date records when it was done).
 */

/** A format shows a date when, outside quotes and [brackets], it has date or time letters. */
const dateFormatCache = new Map<string, boolean>();
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let is = dateFormatCache.get(fmt);
  if (is === undefined) {
    is = /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
    dateFormatCache.set(fmt, is);
  }
  return is;
}

export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

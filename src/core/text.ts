/**
 * KPIs by colour in the words every report uses: "2 green, 1 amber, 2 red, 2 no data, 12 data only".
 * A grey KPI says why: no figure for the period ("no data"), or figures and no target ("data only").
 */
export function kpiCountsPhrase(c: {
  green: number;
  amber: number;
  red: number;
  noData: number;
  dataOnly: number;
}): string {
  return `${c.green} green, ${c.amber} amber, ${c.red} red, ${c.noData} no data${c.dataOnly ? `, ${c.dataOnly} data only` : ""}`;
}

/** "1 error", "2 errors": counts in the words users read. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * "Date de début" → "Date de debut", "Échéance" → "Echeance": accents folded, so a header or status
 * written in French or Spanish meets the vocabulary's plain letters. Plain-ASCII text is returned as it is.
 */
export function foldAccents(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[œŒ]/g, "oe");
}

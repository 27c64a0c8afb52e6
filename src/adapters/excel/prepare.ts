/**
 * Prepare plan inside Excel: a list data validation (input message, warning alert) and
 * "cell value equal to" colour rules on the status cells the core picks, never a value.
 * Round trips do not grow with the plan: the read (3–4), one to see which cells already
 * have a drop-down (and at most two more to look closer where a block is mixed), one to write.
 *
 * What was added is known by its mark: the validation's input-message title is
 * PREPARE_MARK; a colour rule is ours when it is an "equal to <word>" rule in one of the
 * summaries' RAG colours on cells that carry our validation. Remove preparation finds
 * the colour rules first (a sheet has few), then checks the validation on their cells.
 */
import { PlanReport, analysePlan } from "../../core/analyse";
import { isoDay } from "../../core/asOf";
import { chunkAddresses, parseAreas, areaAddress } from "../../core/prepare/areas";
import {
  ExistingValidation,
  PREPARE_MARK,
  PrepareOutcome,
  PreparePlan,
  preparePlan,
  settlePrepare,
} from "../../core/prepare/plan";
import { RAG_STYLE } from "../../core/sheets/palette";
import { ExcelRunOptions, configFrom } from "./actions";
import { readWorkbook } from "./readWorkbook";

export interface ExcelPrepareResult {
  report: PlanReport;
  outcome: PrepareOutcome;
  syncs: number;
  settingsProblem?: string;
}

export interface RemovedInExcel {
  sheet: string;
  /** The cells whose drop-down was taken out, as areas ("E2:E9"). */
  ranges: string[];
  /** Cells whose drop-down was cleared, and the separate clears it took. */
  cells: number;
  validations: number;
  colourRules: number;
}

const MIXED = new Set(["Inconsistent", "MixedCriteria"]);
const OUR_COLOURS = new Set(Object.values(RAG_STYLE).map((s) => `#${s.fill}/#${s.color}`));

type Sync = () => Promise<void>;

interface Probe {
  sheet: string;
  address: string;
  validation: Excel.DataValidation;
}

/** One cell of an area: "E5:E7" → "E5", "E6", "E7". */
function cellsOfArea(address: string): string[] {
  return parseAreas(address).flatMap((a) => {
    const cells: string[] = [];
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++)
        cells.push(areaAddress({ top: r, bottom: r, left: c, right: c }));
    return cells;
  });
}

/**
 * The data validations already on the plan's status cells: whole blocks first; where a
 * block is mixed, each of its areas; where an area is mixed, each of its cells.
 */
async function existingValidations(
  context: Excel.RequestContext,
  plan: PreparePlan,
  sync: Sync
): Promise<ExistingValidation[]> {
  const found: ExistingValidation[] = [];
  let probes: Probe[] = plan.sheets.flatMap((s) => {
    const ws = context.workbook.worksheets.getItem(s.sheet);
    return chunkAddresses(s.groups.flatMap((g) => g.ranges)).map((address) => {
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property (a proxy), not a value
      const validation = ws.getRanges(address).dataValidation;
      validation.load("type,prompt");
      return { sheet: s.sheet, address, validation };
    });
  });
  for (let level = 0; probes.length > 0; level++) {
    await sync();
    const closer: Probe[] = [];
    for (const p of probes) {
      const type = p.validation.type as string;
      if (type === "None") continue;
      if (!MIXED.has(type)) {
        found.push({
          sheet: p.sheet,
          sqref: p.address,
          ours: p.validation.prompt?.title === PREPARE_MARK,
        });
        continue;
      }
      // Mixed: look at the block's areas, then at an area's cells.
      // A block of one area goes straight to its cells.
      const parts =
        level === 0 && p.address.includes(",") ? p.address.split(",") : cellsOfArea(p.address);
      if (parts.length <= 1) continue;
      const ws = context.workbook.worksheets.getItem(p.sheet);
      for (const address of parts) {
        // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property (a proxy), not a value
        const validation = ws.getRange(address).dataValidation;
        validation.load("type,prompt");
        closer.push({ sheet: p.sheet, address, validation });
      }
    }
    probes = level < 2 ? closer : [];
  }
  return found;
}

async function planIn(context: Excel.RequestContext, options: ExcelRunOptions, sync: Sync) {
  const read = await readWorkbook(context, { config: options.config });
  const { config, problem } = configFrom(read.settings, options.config);
  const report = analysePlan(read.grids, {
    quarter: options.quarter,
    today: options.today ?? isoDay(new Date()),
    config,
  });
  const plan = preparePlan(read.grids, report);
  const outcome = settlePrepare(plan, await existingValidations(context, plan, sync));
  return {
    report,
    outcome,
    readSyncs: read.syncs,
    ...(problem ? { settingsProblem: problem } : {}),
  };
}

/** `context.sync()` counted, so a result can say how many round trips it took. */
function syncCounter(context: Excel.RequestContext) {
  const counter = {
    count: 0,
    sync: async () => {
      counter.count++;
      await context.sync();
    },
  };
  return counter;
}

/** What Prepare plan would add (sheets, cells, cells left alone), changing nothing: the pane's preview. */
export async function previewPrepareInExcel(
  context: Excel.RequestContext,
  options: ExcelRunOptions = {}
): Promise<ExcelPrepareResult> {
  const counter = syncCounter(context);
  const sync = counter.sync;
  const { readSyncs, ...result } = await planIn(context, options, sync);
  return { ...result, syncs: counter.count + readSyncs };
}

export async function prepareInExcel(
  context: Excel.RequestContext,
  options: ExcelRunOptions = {}
): Promise<ExcelPrepareResult> {
  const counter = syncCounter(context);
  const sync = counter.sync;
  const { readSyncs, ...result } = await planIn(context, options, sync);
  if (result.outcome.added > 0) {
    for (const s of result.outcome.sheets) {
      const ws = context.workbook.worksheets.getItem(s.sheet);
      for (const g of s.groups) {
        for (const address of chunkAddresses(g.ranges)) {
          const areas = ws.getRanges(address);
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property, written to, never read
          const dv = areas.dataValidation;
          dv.ignoreBlanks = true;
          dv.rule = { list: { inCellDropDown: true, source: g.list.join(",") } };
          dv.prompt = { showPrompt: true, title: g.prompt.title, message: g.prompt.message };
          dv.errorAlert = {
            showAlert: true,
            style: "Warning" as Excel.DataValidationAlertStyle,
            title: g.errorAlert.title,
            message: g.errorAlert.message,
          };
          for (const rule of g.rules) {
            const cf = areas.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
            cf.cellValue.format.fill.color = `#${rule.fill}`;
            cf.cellValue.format.font.color = `#${rule.color}`;
            cf.cellValue.rule = {
              formula1: `="${rule.word.replace(/"/g, '""')}"`,
              operator: "EqualTo",
            };
          }
        }
      }
    }
    await sync();
  }
  return { ...result, syncs: counter.count + readSyncs };
}

/** An "equal to a word" rule painting one of the summaries' colours: the kind Prepare plan adds. */
function looksLikeOurs(cf: Excel.ConditionalFormat): boolean {
  const rule = cf.cellValue.rule as { formula1?: string; operator?: string } | null;
  if (
    !rule ||
    rule.operator !== "EqualTo" ||
    !/^="(?:[^"]|"")*"$/.test(String(rule.formula1 ?? "").trim())
  )
    return false;
  const colours = `${String(cf.cellValue.format.fill.color).toUpperCase()}/${String(cf.cellValue.format.font.color).toUpperCase()}`;
  return OUR_COLOURS.has(colours);
}

const localAddress = (address: string) =>
  address
    .split(",")
    .map((a) => a.trim().slice(a.trim().lastIndexOf("!") + 1))
    .join(" ");

/** Takes out exactly what Prepare plan added; the user's own drop-downs and colour rules stay. */
export async function removePreparationInExcel(
  context: Excel.RequestContext
): Promise<{ removed: RemovedInExcel[]; syncs: number }> {
  const counter = syncCounter(context);
  const sync = counter.sync;
  const sheets = context.workbook.worksheets;
  sheets.load("items");
  await sync();
  const collections = sheets.items.map((ws) => {
    const formats = ws.getRange().conditionalFormats;
    formats.load("items/type");
    return { ws, formats };
  });
  await sync();
  const candidates = collections.flatMap(({ ws, formats }) =>
    formats.items
      .filter((cf) => cf.type === "CellValue")
      .map((cf) => {
        cf.cellValue.load("rule");
        cf.cellValue.format.fill.load("color");
        cf.cellValue.format.font.load("color");
        const areas = cf.getRanges();
        areas.load("address");
        areas.dataValidation.load("type,prompt");
        return { ws, cf, areas };
      })
  );
  if (candidates.length === 0) return { removed: [], syncs: counter.count };
  await sync();

  // Our colour rules, and the blocks of cells they cover, once each.
  const ours = candidates.filter(
    ({ cf, areas }) =>
      looksLikeOurs(cf) &&
      areas.dataValidation.type !== "None" &&
      (areas.dataValidation.prompt?.title === PREPARE_MARK || MIXED.has(areas.dataValidation.type))
  );
  const blocks = new Map<
    string,
    { ws: Excel.Worksheet; sheet: string; address: string; areas: Excel.RangeAreas; rules: number }
  >();
  for (const o of ours) {
    const k = `${o.ws.name}!${o.areas.address}`;
    const b = blocks.get(k) ?? {
      ws: o.ws,
      sheet: o.ws.name,
      address: o.areas.address,
      areas: o.areas,
      rules: 0,
    };
    b.rules++;
    blocks.set(k, b);
  }
  // Where the user has since put a drop-down of their own on some of the cells, only ours are cleared: looked at area by area, then cell by cell.
  const clear: { ws: Excel.Worksheet; address: string; whole?: Excel.RangeAreas }[] = [];
  let mixed = [...blocks.values()]
    .filter((b) => MIXED.has(b.areas.dataValidation.type))
    .flatMap((b) =>
      b.address.split(",").map((a) => {
        const validation = b.ws.getRange(localAddress(a)).dataValidation;
        validation.load("type,prompt");
        return { ws: b.ws, address: localAddress(a), validation };
      })
    );
  for (const b of blocks.values())
    if (!MIXED.has(b.areas.dataValidation.type))
      clear.push({ ws: b.ws, address: b.address, whole: b.areas });
  for (let level = 0; mixed.length > 0 && level < 2; level++) {
    await sync();
    const closer: typeof mixed = [];
    for (const m of mixed) {
      const type = m.validation.type as string;
      if (!MIXED.has(type)) {
        if (type !== "None" && m.validation.prompt?.title === PREPARE_MARK)
          clear.push({ ws: m.ws, address: m.address });
        continue;
      }
      if (level === 1) continue;
      for (const cell of cellsOfArea(m.address)) {
        const validation = m.ws.getRange(cell).dataValidation;
        validation.load("type,prompt");
        closer.push({ ws: m.ws, address: cell, validation });
      }
    }
    mixed = closer;
  }

  for (const { cf } of ours) cf.delete();
  for (const c of clear)
    (c.whole ? c.whole.dataValidation : c.ws.getRange(c.address).dataValidation).clear();
  await sync();

  const removed: RemovedInExcel[] = [];
  for (const b of blocks.values()) {
    let r = removed.find((x) => x.sheet === b.sheet);
    if (!r)
      removed.push((r = { sheet: b.sheet, ranges: [], cells: 0, validations: 0, colourRules: 0 }));
    r.ranges.push(...localAddress(b.address).split(" "));
    r.colourRules += b.rules;
  }
  for (const c of clear) {
    const r = removed.find((x) => x.sheet === c.ws.name);
    if (!r) continue;
    r.validations++;
    r.cells += parseAreas(c.address).reduce(
      (n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1),
      0
    );
  }
  return { removed, syncs: counter.count };
}

import { baseForecastCategory } from '../forecast/base-forecast-category';
import { forecastCategory } from '../forecast/forecast-category';
import { FORECAST_CATEGORIES } from '../forecast/forecast-order';
import type { DealTable } from '../ingest/deal-table';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { stageLookup } from '../stages/stage-lookup';
import {
  type Deal,
  type GroupField,
  PlaybookError,
  type StageDefinition,
  type StageTable,
} from '../types';
import { type AnalysisReport, type AnalyzeOptions, finishReport, UNMAPPED_STAGE } from './analyze';
import { createCodeGroupCounter } from './code-group-counter';
import { CycleList } from './cycle-list';
import { createFunnelCounter } from './funnel-counter';
import { ReportTally } from './report-tally';

/**
 * `analyze` on deals held as columns (`DealTable`): the same report, figure
 * for figure (sums are taken in row order, as `analyze` does), without a
 * `Deal` object per row. Stages, texts and forecast categories are settled
 * once per distinct code, so the per-row work is array reads and additions.
 *
 * Cost: O(n) plus O(w log w) for the cycle medians of w closed deals.
 *
 * @param table - deals as columns (`ingestCsvTable`, `tableFromDeals`)
 * @param options - as for `analyze`; a `history` needs a table with ids
 * @returns the report
 * @throws PlaybookError for a negative quota, or a history with a table without ids
 * @example
 * analyzeTable(tableFromDeals([{ row: 2, stage: 'Proposal', amount: 10_000 }])).pipeline.weighted // => 5000
 */
export function analyzeTable(table: DealTable, options: AnalyzeOptions = {}): AnalysisReport {
  const stageTable = options.stages ?? DEFAULT_STAGE_TABLE;
  const groupBy = options.groupBy ?? (['owner', 'source'] as const);
  if (options.history !== undefined && table.id === null) {
    throw new PlaybookError('analyze: a stage history needs the deal ids in the table');
  }
  const state = scanState(table, stageTable, groupBy, options);
  const n = table.length;
  // In pieces: one function called often enough to be compiled once and
  // kept from report to report, instead of the loop being compiled anew
  // part way through each report.
  for (let from = 0; from < n; from += SCAN_ROWS)
    scanRows(state, from, Math.min(n, from + SCAN_ROWS));
  const {
    tally,
    texts,
    funnel,
    reaches,
    groups,
    wonCycles,
    lostCycles,
    unmappedCodes,
    unmappedCodeCount,
    unmappedCodeAmount,
  } = state;
  funnel.addReaches(reaches);
  const unmappedNames = new Map<string, { count: number; amount: number }>();
  for (const code of unmappedCodes) {
    unmappedNames.set(texts[code], {
      count: unmappedCodeCount[code],
      amount: unmappedCodeAmount[code],
    });
  }

  return finishReport(
    tally.sums(),
    {
      deals: n,
      unmappedNames,
      wonCycle: wonCycles.meanAndMedian(),
      lostCycle: lostCycles.meanAndMedian(),
      by: Object.fromEntries(groupBy.map((field, g) => [field, groups[g].result()])),
      funnelResult: funnel.result(),
    },
    options,
  );
}

/** Rows `scanRows` reads per call. */
const SCAN_ROWS = 8192;

/**
 * What `analyzeTable` works out once per report before reading the rows
 * (per stage code: its definition, kind, open index, base category and
 * funnel reach), and the sums the rows go into.
 */
function scanState(
  table: DealTable,
  stageTable: StageTable,
  groupBy: readonly GroupField[],
  options: AnalyzeOptions,
) {
  const lookup = stageLookup(stageTable);
  const tally = new ReportTally(stageTable, options);
  const { openIndex, categoryIndex } = tally;

  // Per stage code: its definition (or the stand-in for an unknown stage),
  // kind as a number (0 open, 1 won, 2 lost), open index and base category.
  const texts = table.stageTexts;
  const known: (StageDefinition | undefined)[] = texts.map((text) => lookup(text));
  const stageOf = known.map((stage) => stage ?? UNMAPPED_STAGE);
  const kindOf = Int8Array.from(stageOf, (stage) =>
    stage.kind === 'open' ? 0 : stage.kind === 'won' ? 1 : 2,
  );
  const openAt = Int32Array.from(known, (stage) =>
    stage === undefined ? -1 : (openIndex.get(stage) ?? -1),
  );
  const baseCategory = Int32Array.from(
    stageOf,
    (stage) => categoryIndex.get(baseForecastCategory(stage)) as number,
  );
  // Category of an open stage by MEDDPICC total (8..24), filled on first use.
  const cappedCategory = new Int32Array(texts.length * 25).fill(-1);

  const groups = groupBy.map((field) => createCodeGroupCounter(field, table));
  const funnel = createFunnelCounter(stageTable, options.history);
  const lostAtTexts = table.lostAtTexts;
  const wonCycles = new CycleList();
  const lostCycles = new CycleList();
  // Without a history, a deal's funnel reach depends only on its stage and
  // "lost at stage" codes: worked out once per code.
  const plainFunnel = options.history === undefined;
  const stageReach = Int32Array.from(known, (stage) => funnel.reachOf(stage));
  const lostAtReach = Int32Array.from(lostAtTexts, (text, code) =>
    code === 0 ? -1 : funnel.reachOf(lookup(text)),
  );
  // Deals by reach code, given to the funnel after the loop.
  const reaches = new Float64Array(stageTable.openStages.length + 2);

  // Unmapped stages by code, in the order of their first deal.
  const unmappedCodes: number[] = [];
  const unmappedCodeCount = new Float64Array(texts.length);
  const unmappedCodeAmount = new Float64Array(texts.length);

  return {
    table,
    texts,
    tally,
    categoryIndex,
    known,
    stageOf,
    kindOf,
    openAt,
    baseCategory,
    cappedCategory,
    groups,
    funnel,
    plainFunnel,
    stageReach,
    lostAtReach,
    reaches,
    wonCycles,
    lostCycles,
    unmappedCodes,
    unmappedCodeCount,
    unmappedCodeAmount,
  };
}

/** Reads rows `from` to `to` of the table, in row order, into the sums of `state`. */
function scanRows(state: ReturnType<typeof scanState>, from: number, to: number): void {
  const {
    table,
    tally,
    categoryIndex,
    known,
    stageOf,
    kindOf,
    openAt,
    baseCategory,
    cappedCategory,
    groups,
    funnel,
    plainFunnel,
    stageReach,
    lostAtReach,
    reaches,
    wonCycles,
    lostCycles,
    unmappedCodes,
    unmappedCodeCount,
    unmappedCodeAmount,
  } = state;
  const {
    stage: stageCodes,
    amount: amounts,
    probability: probabilities,
    created: createdDays,
    closeDate: closeDays,
    meddpiccTotal,
    forecastOverride,
    lostAtStage,
    lostAtTexts,
    id: ids,
  } = table;
  const overrides = FORECAST_CATEGORIES;
  const funnelDeal: { lostAtStage?: string; id?: string } = {};
  for (let d = from; d < to; d++) {
    const code = stageCodes[d];
    const stage = stageOf[code];
    const amount = tally.amountOf(amounts[d]);
    const kind = kindOf[code];
    const closeDate = closeDays[d];

    let cycle = -1;
    if (kind !== 0) {
      const created = createdDays[d];
      if (!Number.isNaN(created) && !Number.isNaN(closeDate)) {
        cycle = closeDate - created;
        if (cycle < 0) tally.addNegativeCycle();
      }
    }

    if (kind === 0) {
      const own = probabilities === null ? Number.NaN : probabilities[d];
      const weight = amount * (Number.isNaN(own) ? stage.probability : own);
      const i = openAt[code];
      tally.addOpen(amount, weight, i, closeDate);
      if (i < 0) {
        if (unmappedCodeCount[code] === 0) {
          if (unmappedCodes.length < 10_000) unmappedCodes.push(code);
          // The first amount as it is, as `analyze` keeps it (-0 included).
          unmappedCodeAmount[code] = amount;
        } else unmappedCodeAmount[code] += amount;
        unmappedCodeCount[code]++;
      }
    } else {
      if (cycle >= 0) (kind === 1 ? wonCycles : lostCycles).push(cycle);
      tally.addClosed(kind === 1, amount, closeDate, cycle);
    }

    let c = baseCategory[code];
    if (kind === 0) {
      const override = forecastOverride === null ? 0 : forecastOverride[d];
      const total = meddpiccTotal[d];
      if (override !== 0) c = categoryIndex.get(overrides[override - 1]) as number;
      else if (!Number.isNaN(total)) {
        const at = code * 25 + total;
        if (Number.isInteger(total) && total >= 0 && total <= 24) {
          c = cappedCategory[at];
          if (c < 0) {
            c = categoryIndex.get(forecastCategory(stage, total)) as number;
            cappedCategory[at] = c;
          }
        } else c = categoryIndex.get(forecastCategory(stage, total)) as number;
      }
    }
    tally.addCategory(c, amount);

    for (let g = 0; g < groups.length; g++) groups[g].add(d, kind, amount, cycle);
    const reached = known[code];
    if (reached === undefined) continue;
    const at = lostAtStage[d];
    if (plainFunnel) {
      reaches[kind === 2 && at !== 0 ? lostAtReach[at] : stageReach[code]]++;
    } else {
      funnelDeal.lostAtStage = at === 0 ? undefined : lostAtTexts[at];
      if (ids !== null) funnelDeal.id = ids[d];
      funnel.add(funnelDeal as Deal, reached);
    }
  }
}

import { averageDealSize } from '../pipeline/average-deal-size';
import { winRate } from '../pipeline/win-rate';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type { DayNumber, Deal, StageTable } from '../types';
import { monthIndex } from './month-index';
import { monthLabel } from './month-label';
import { monthStart } from './month-start';
import { type ObjectionType, objectionType } from './objection-type';
import { type ParetoShare, paretoShare } from './pareto-share';
import { parseMonth } from './parse-month';
import { stageLookup } from '../stages/stage-lookup';

/** Options of `selfAssessment`. */
export interface SelfAssessmentOptions {
  /** Today; the assessed month defaults to its calendar month. */
  readonly asOf: DayNumber;
  /** The month assessed, `YYYY-MM`; the month of `asOf` by default. */
  readonly month?: string;
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
  /** Smallest number of closed deals for a source to rank in question 6; 3 by default. */
  readonly minClosed?: number;
}

/** Direction of a trend; `null` answers mean "not enough data". */
export type Trend = 'up' | 'flat' | 'down';

/** A closed-deal window of three months. */
export interface TrendWindow {
  /** First and last month of the window, `YYYY-MM`. */
  readonly from: string;
  readonly to: string;
  readonly won: number;
  readonly lost: number;
  readonly winRate: number | null;
  readonly wonAmount: number;
  readonly averageDealSize: number | null;
}

/** The eight answers (playbook §9); `answer` is `null` when the data cannot tell. */
export type SelfAssessmentAnswer =
  | {
      readonly question: 1;
      readonly answer: Trend | null;
      readonly figures: {
        readonly recent: TrendWindow;
        readonly previous: TrendWindow;
        /** recent − previous win rate, in fraction points. */
        readonly change: number | null;
      };
    }
  | {
      readonly question: 2;
      /** Stage name with the most losses. */
      readonly answer: string | null;
      readonly figures: {
        readonly lost: number;
        /** Lost deals without a usable "lost at stage". */
        readonly unknownStage: number;
        readonly byStage: { readonly stage: string; readonly lost: number }[];
      };
    }
  | {
      readonly question: 3;
      /** Share of MEDDPICC-scored deals whose economic buyer is scored 3. */
      readonly answer: number | null;
      readonly figures: {
        readonly scored: number;
        readonly confirmed: number;
        readonly open: { readonly scored: number; readonly confirmed: number };
        readonly closed: { readonly scored: number; readonly confirmed: number };
      };
    }
  | {
      readonly question: 4;
      readonly answer: Trend | null;
      readonly figures: {
        readonly recent: TrendWindow;
        readonly previous: TrendWindow;
        /** recent / previous average deal size − 1. */
        readonly change: number | null;
      };
    }
  | {
      readonly question: 5;
      readonly answer: ObjectionType | null;
      readonly figures: Record<ObjectionType | 'other' | 'noReason', number>;
    }
  | {
      readonly question: 6;
      /** Best-converting source. */
      readonly answer: string | null;
      readonly figures: {
        readonly minClosed: number;
        readonly sources: {
          readonly source: string;
          readonly won: number;
          readonly lost: number;
          readonly winRate: number | null;
        }[];
      };
    }
  | {
      readonly question: 7;
      /** Share of won value from the top 20% of accounts. */
      readonly answer: number | null;
      readonly figures: ParetoShare;
    }
  | {
      readonly question: 8;
      /** The last loss's lesson, else its loss reason. */
      readonly answer: string | null;
      readonly figures: {
        readonly row: number | null;
        readonly id: string | null;
        readonly name: string | null;
        readonly account: string | null;
        readonly closeDate: DayNumber | null;
        readonly lossReason: string | null;
        readonly lesson: string | null;
        /** Which field the answer came from. */
        readonly from: 'lesson' | 'lossReason' | null;
      };
    };

/** The monthly self-assessment (playbook §9). */
export interface SelfAssessment {
  /** Assessed month, `YYYY-MM`. */
  readonly month: string;
  readonly answers: SelfAssessmentAnswer[];
}

/** Win-rate change (fraction points) within which the trend is flat: ±2 points. */
const FLAT_WIN_RATE = 0.02;
/** Relative deal-size change within which the trend is flat: ±5%. */
const FLAT_DEAL_SIZE = 0.05;
const EPSILON = 1e-9;

function trend(change: number | null, flat: number): Trend | null {
  if (change === null) return null;
  if (change > flat + EPSILON) return 'up';
  if (change < -flat - EPSILON) return 'down';
  return 'flat';
}

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * The monthly self-assessment (playbook §9): eight answers from the data,
 * each `{ question, answer, figures }`. Closed deals count when closed by
 * the end of the assessed month (or undated); open deals as they are now.
 *
 * 1. Win-rate trend: win rate of deals closed in the three months ending
 *    with the assessed month against the three before; `flat` within ±2
 *    points, else `up`/`down`; `null` when either window has no closed deal.
 * 2. Stage where most deals are lost: the most frequent "lost at stage"
 *    (ties: the earlier stage); `null` when no lost deal has one.
 * 3. Reaching decision makers: share of MEDDPICC-scored deals (open and
 *    closed) whose economic buyer is scored 3; `null` without scored deals.
 * 4. Deal-size trend: average won deal size over the same two windows;
 *    `flat` within ±5%, else `up`/`down`; `null` when a window has no win.
 * 5. Worst objection type: the most frequent `objectionType` of lost deals'
 *    reasons (ties: price, timing, authority, status quo order of the
 *    playbook); `null` when no reason matches.
 * 6. Best-converting source: highest win rate among sources with at least
 *    `minClosed` (3) closed deals (ties: more closed deals, then name);
 *    blank sources never win; `null` when no source has enough.
 * 7. 80/20 check: `paretoShare(...).valueShare`.
 * 8. Last loss's lesson: the lost deal with the latest close date (ties:
 *    the later row); its `lesson`, else its `lossReason`; `null` without one.
 *
 * O(n) plus sorting the accounts for question 7.
 *
 * @param deals - ingested deals
 * @param options - asOf, month, stage table, minimum sample
 * @returns the month and the eight answers in question order
 * @throws PlaybookError when `month` is not `YYYY-MM`
 * @example
 * selfAssessment([], { asOf: 20_513 }).month // => '2026-03'
 * selfAssessment([], { asOf: 20_513 }).answers[0] // => { question: 1, answer: null, figures: {...} }
 */
export function selfAssessment(
  deals: readonly Deal[],
  options: SelfAssessmentOptions,
): SelfAssessment {
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const lookup = stageLookup(table);
  const minClosed = options.minClosed ?? 3;
  const month =
    options.month === undefined
      ? monthIndex(options.asOf)
      : parseMonth(options.month, 'selfAssessment');
  const end = monthStart(month + 1) - 1;
  const recentStart = monthStart(month - 2);
  const previousStart = monthStart(month - 5);

  const windows = [
    { won: 0, lost: 0, wonAmount: 0 },
    { won: 0, lost: 0, wonAmount: 0 },
  ];
  const lostAt = new Map<string, number>();
  let lostCount = 0;
  let lostUnknownStage = 0;
  const scored = { open: { scored: 0, confirmed: 0 }, closed: { scored: 0, confirmed: 0 } };
  const objections: Record<ObjectionType | 'other' | 'noReason', number> = {
    price: 0,
    timing: 0,
    authority: 0,
    statusQuo: 0,
    other: 0,
    noReason: 0,
  };
  const sources = new Map<string, { source: string; won: number; lost: number }>();
  let lastLoss: Deal | undefined;

  for (let d = 0; d < deals.length; d++) {
    const deal = deals[d];
    const stage = lookup(deal.stage);
    if (stage === undefined) continue;
    const closed = stage.kind !== 'open';
    if (closed && deal.closeDate !== undefined && deal.closeDate > end) continue;

    if (deal.meddpicc !== undefined && deal.meddpicc.length === 8) {
      const bucket = closed ? scored.closed : scored.open;
      bucket.scored++;
      if (deal.meddpicc[1] === 3) bucket.confirmed++;
    }
    if (!closed) continue;
    const won = stage.kind === 'won';

    const close = deal.closeDate;
    if (close !== undefined && close >= previousStart) {
      const w = windows[close >= recentStart ? 0 : 1];
      if (won) {
        w.won++;
        w.wonAmount += deal.amount ?? 0;
      } else {
        w.lost++;
      }
    }

    const source = text(deal.source);
    if (source !== null) {
      let s = sources.get(source);
      if (s === undefined) {
        s = { source, won: 0, lost: 0 };
        sources.set(source, s);
      }
      if (won) s.won++;
      else s.lost++;
    }

    if (won) continue;
    lostCount++;
    const at = deal.lostAtStage === undefined ? undefined : lookup(deal.lostAtStage);
    if (at === undefined || at.kind !== 'open') lostUnknownStage++;
    else lostAt.set(at.name, (lostAt.get(at.name) ?? 0) + 1);

    const reason = text(deal.lossReason);
    if (reason === null) objections.noReason++;
    else objections[objectionType(reason) ?? 'other']++;

    if (
      close !== undefined &&
      (lastLoss === undefined || close >= (lastLoss.closeDate as DayNumber))
    ) {
      lastLoss = deal;
    }
  }

  const window = (w: (typeof windows)[number], first: number): TrendWindow => ({
    from: monthLabel(first),
    to: monthLabel(first + 2),
    won: w.won,
    lost: w.lost,
    winRate: winRate(w.won, w.lost),
    wonAmount: w.wonAmount,
    averageDealSize: averageDealSize(w.wonAmount, w.won),
  });
  const recent = window(windows[0], month - 2);
  const previous = window(windows[1], month - 5);

  const rateChange =
    recent.winRate === null || previous.winRate === null ? null : recent.winRate - previous.winRate;
  const sizeChange =
    recent.averageDealSize === null ||
    previous.averageDealSize === null ||
    previous.averageDealSize <= 0
      ? null
      : recent.averageDealSize / previous.averageDealSize - 1;

  const byStage = table.openStages.map((s) => ({ stage: s.name, lost: lostAt.get(s.name) ?? 0 }));
  let worstStage: string | null = null;
  let worstCount = 0;
  for (const s of byStage) {
    if (s.lost > worstCount) {
      worstStage = s.stage;
      worstCount = s.lost;
    }
  }

  const scoredTotal = scored.open.scored + scored.closed.scored;
  const confirmedTotal = scored.open.confirmed + scored.closed.confirmed;

  let worstObjection: ObjectionType | null = null;
  for (const type of ['price', 'timing', 'authority', 'statusQuo'] as const) {
    if (
      objections[type] > 0 &&
      (worstObjection === null || objections[type] > objections[worstObjection])
    ) {
      worstObjection = type;
    }
  }

  const sourceRows = [...sources.values()]
    .map((s) => ({ ...s, winRate: winRate(s.won, s.lost) }))
    .sort(
      (a, b) =>
        (b.winRate ?? -1) - (a.winRate ?? -1) ||
        b.won + b.lost - (a.won + a.lost) ||
        (a.source < b.source ? -1 : a.source > b.source ? 1 : 0),
    );
  const bestSource = sourceRows.find((s) => s.won + s.lost >= minClosed)?.source ?? null;

  const pareto = paretoShare(
    deals.filter((deal) => deal.closeDate === undefined || deal.closeDate <= end),
    { stages: table },
  );

  const lesson = text(lastLoss?.lesson);
  const lossReason = text(lastLoss?.lossReason);

  return {
    month: monthLabel(month),
    answers: [
      {
        question: 1,
        answer: trend(rateChange, FLAT_WIN_RATE),
        figures: { recent, previous, change: rateChange },
      },
      {
        question: 2,
        answer: worstStage,
        figures: { lost: lostCount, unknownStage: lostUnknownStage, byStage },
      },
      {
        question: 3,
        answer: scoredTotal === 0 ? null : confirmedTotal / scoredTotal,
        figures: { scored: scoredTotal, confirmed: confirmedTotal, ...scored },
      },
      {
        question: 4,
        answer: trend(sizeChange, FLAT_DEAL_SIZE),
        figures: { recent, previous, change: sizeChange },
      },
      { question: 5, answer: worstObjection, figures: objections },
      { question: 6, answer: bestSource, figures: { minClosed, sources: sourceRows } },
      { question: 7, answer: pareto.valueShare, figures: pareto },
      {
        question: 8,
        answer: lesson ?? lossReason,
        figures: {
          row: lastLoss?.row ?? null,
          id: lastLoss?.id ?? null,
          name: lastLoss?.name ?? null,
          account: lastLoss?.account ?? null,
          closeDate: lastLoss?.closeDate ?? null,
          lossReason,
          lesson,
          from: lesson !== null ? 'lesson' : lossReason !== null ? 'lossReason' : null,
        },
      },
    ],
  };
}

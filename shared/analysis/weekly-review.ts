import { dealRisk, type DealRisk } from '../risk/deal-risk';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type { DayNumber, Deal, StageDefinition, StageTable } from '../types';
import { monthIndex } from './month-index';
import { monthStart } from './month-start';
import { stageLookup } from '../stages/stage-lookup';

/** Options of `weeklyReview`. */
export interface WeeklyReviewOptions {
  /** Last day of the week under review; the week is `asOf - 6 .. asOf`. */
  readonly asOf: DayNumber;
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
  /** Last week's snapshot of the same deals (matched by `id`), for advanced and slipped deals. */
  readonly previous?: readonly Deal[];
  /** How many of the largest open deals to list; 10 by default (playbook §4). */
  readonly largest?: number;
}

/** A deal named in the review. */
export interface ReviewDeal {
  readonly row: number;
  readonly id?: string;
  readonly name?: string;
  readonly account?: string;
  /** Canonical stage name. */
  readonly stage: string;
  readonly amount: number | null;
}

/** Count and amount of a list of deals (blank amounts count 0), with the deals. */
export interface ReviewGroup<T extends ReviewDeal = ReviewDeal> {
  readonly count: number;
  readonly amount: number;
  readonly deals: T[];
}

/** A deal that moved to a later stage. */
export interface AdvancedDeal extends ReviewDeal {
  /** Stage in the previous snapshot; `null` when read from `stageEntered`. */
  readonly from: string | null;
}

/** A deal whose expected close moved. */
export interface SlippedDeal extends ReviewDeal {
  /** Expected close date in the previous snapshot; `null` without one. */
  readonly from: DayNumber | null;
  /** Expected close date now; `null` when blank. */
  readonly to: DayNumber | null;
}

/** One of the largest open deals. */
export interface LargeDeal extends ReviewDeal {
  /** `asOf - stageEntered`; `null` when the stage-entered date is blank. */
  readonly daysInStage: number | null;
  readonly nextStep: string | null;
  readonly nextStepDate: DayNumber | null;
  readonly risk: DealRisk;
}

/** The weekly review figures (playbook §4). */
export interface WeeklyReview {
  /** The week reviewed, both days included. */
  readonly week: { readonly start: DayNumber; readonly end: DayNumber };
  readonly pipeline: {
    readonly open: { readonly count: number; readonly amount: number };
    readonly weighted: number;
  };
  /** Deals created during the week, any stage. */
  readonly newDeals: ReviewGroup;
  /**
   * `previous`: open or won now, open in the previous snapshot and at a
   * later stage now. `stageEntered` (no previous snapshot): entered their
   * current stage during the week, the stage being open (not the first) or
   * won; an approximation, since the earlier stage is unknown.
   */
  readonly advanced: ReviewGroup<AdvancedDeal> & { readonly method: 'previous' | 'stageEntered' };
  /** Deals won during the week (close date in the week). */
  readonly won: ReviewGroup;
  /** Deals lost during the week, with their loss reasons (blank reason = `''`). */
  readonly lost: ReviewGroup & {
    readonly reasons: {
      readonly reason: string;
      readonly count: number;
      readonly amount: number;
    }[];
  };
  /**
   * `previous`: open deals whose expected close date was inside `period`
   * (the calendar month of asOf) last week and is now after it or blank.
   * `pastCloseDate` (no previous snapshot): open deals whose expected close
   * date is before asOf; `period` is then still the month.
   */
  readonly slipped: ReviewGroup<SlippedDeal> & {
    readonly method: 'previous' | 'pastCloseDate';
    readonly period: { readonly start: DayNumber; readonly end: DayNumber };
  };
  /** The largest open deals by amount, largest first (blank amounts left out). */
  readonly largest: LargeDeal[];
}

// One object shape for every listed deal (absent fields stay undefined), so
// listing many slipped or new deals stays cheap.
function ref(deal: Deal, stage: StageDefinition): ReviewDeal {
  return {
    row: deal.row,
    id: deal.id,
    name: deal.name,
    account: deal.account,
    stage: stage.name,
    amount: deal.amount,
  };
}

function advancedRef(deal: Deal, stage: StageDefinition, from: string | null): AdvancedDeal {
  return {
    row: deal.row,
    id: deal.id,
    name: deal.name,
    account: deal.account,
    stage: stage.name,
    amount: deal.amount,
    from,
  };
}

function slippedRef(
  deal: Deal,
  stage: StageDefinition,
  from: DayNumber | null,
  to: DayNumber | null,
): SlippedDeal {
  return {
    row: deal.row,
    id: deal.id,
    name: deal.name,
    account: deal.account,
    stage: stage.name,
    amount: deal.amount,
    from,
    to,
  };
}

function group<T extends ReviewDeal>(): { count: number; amount: number; deals: T[] } {
  return { count: 0, amount: 0, deals: [] };
}

function addTo<T extends ReviewDeal>(target: ReviewGroup<T>, item: T): void {
  const g = target as { count: number; amount: number; deals: T[] };
  g.count++;
  g.amount += item.amount ?? 0;
  g.deals.push(item);
}

/**
 * The weekly pipeline review (playbook §4): total and weighted open
 * pipeline, new deals this week, deals advanced, won and lost (count and
 * amount, with loss reasons), deals slipped, and the largest open deals
 * with stage, days in stage, next step and red/yellow/green risk with
 * reasons (`dealRisk`). The week is the seven days ending on `asOf`. See
 * `WeeklyReview` for how advanced and slipped deals are found with and
 * without a previous snapshot. Weighted pipeline uses a deal's own
 * probability before its stage's. Deals whose stage is not in the table
 * count in the open pipeline, weighted only by their own probability, and
 * in nothing else. O(n + p) for p previous deals.
 *
 * @param deals - this week's deals
 * @param options - asOf, stage table, previous snapshot
 * @returns the review figures
 * @throws PlaybookError when one of the largest deals has a discount outside 0..1 (from `dealRisk`)
 * @example
 * weeklyReview([{ row: 2, stage: 'Proposal', amount: 10_000, created: 20454 }], { asOf: 20456 })
 *   .newDeals.count // => 1
 */
export function weeklyReview(deals: readonly Deal[], options: WeeklyReviewOptions): WeeklyReview {
  const { asOf, previous } = options;
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const limit = options.largest ?? 10;
  const lookup = stageLookup(table);
  const weekStart = asOf - 6;
  const inWeek = (day: DayNumber | undefined) =>
    day !== undefined && day >= weekStart && day <= asOf;
  const month = monthIndex(asOf);
  const period = { start: monthStart(month), end: monthStart(month + 1) - 1 };
  const firstOpen = table.openStages[0];

  const before = new Map<string, Deal>();
  if (previous) {
    for (const deal of previous) if (deal.id !== undefined) before.set(deal.id, deal);
  }

  let openCount = 0;
  let openAmount = 0;
  let weighted = 0;
  const newDeals = group();
  const advanced = group<AdvancedDeal>();
  const won = group();
  const lost = group();
  const slipped = group<SlippedDeal>();
  const reasons = new Map<string, { reason: string; count: number; amount: number }>();
  // indices of the largest open deals, largest first
  const top: number[] = [];

  for (let d = 0; d < deals.length; d++) {
    const deal = deals[d];
    const stage = lookup(deal.stage);
    const amount = deal.amount ?? 0;
    if (stage === undefined) {
      // A stage the table does not know: open, weighted only by the deal's own probability.
      openCount++;
      openAmount += amount;
      weighted += amount * (deal.probability ?? 0);
      continue;
    }
    if (inWeek(deal.created)) addTo(newDeals, ref(deal, stage));

    if (stage.kind === 'open') {
      openCount++;
      openAmount += amount;
      weighted += amount * (deal.probability ?? stage.probability);
      if (
        deal.amount !== null &&
        (top.length < limit || deal.amount > deals[top[top.length - 1]].amount!)
      ) {
        let at = top.length;
        while (at > 0 && deals[top[at - 1]].amount! < deal.amount) at--;
        top.splice(at, 0, d);
        if (top.length > limit) top.pop();
      }
    } else if (inWeek(deal.closeDate)) {
      if (stage.kind === 'won') addTo(won, ref(deal, stage));
      else {
        addTo(lost, ref(deal, stage));
        const reason = deal.lossReason?.trim() ?? '';
        const r = reasons.get(reason) ?? { reason, count: 0, amount: 0 };
        r.count++;
        r.amount += amount;
        reasons.set(reason, r);
      }
    }

    const last = previous && deal.id !== undefined ? before.get(deal.id) : undefined;
    const lastStage = last ? lookup(last.stage) : undefined;
    if (previous) {
      if (stage.kind !== 'lost' && lastStage?.kind === 'open' && stage.order > lastStage.order) {
        addTo(advanced, advancedRef(deal, stage, lastStage.name));
      }
    } else if (
      inWeek(deal.stageEntered) &&
      (stage.kind === 'won' || (stage.kind === 'open' && stage !== firstOpen))
    ) {
      addTo(advanced, advancedRef(deal, stage, null));
    }

    if (stage.kind === 'open') {
      if (previous) {
        const from = last?.closeDate;
        const to = deal.closeDate;
        if (
          lastStage?.kind === 'open' &&
          from !== undefined &&
          from >= period.start &&
          from <= period.end &&
          (to === undefined || to > period.end)
        ) {
          addTo(slipped, slippedRef(deal, stage, from, to ?? null));
        }
      } else if (deal.closeDate !== undefined && deal.closeDate < asOf) {
        addTo(slipped, slippedRef(deal, stage, null, deal.closeDate));
      }
    }
  }

  const largest = top.map((d): LargeDeal => {
    const deal = deals[d];
    const stage = lookup(deal.stage) as StageDefinition;
    return {
      ...ref(deal, stage),
      daysInStage: deal.stageEntered === undefined ? null : asOf - deal.stageEntered,
      nextStep: deal.nextStep ?? null,
      nextStepDate: deal.nextStepDate ?? null,
      risk: dealRisk(deal, { asOf, table }),
    };
  });

  return {
    week: { start: weekStart, end: asOf },
    pipeline: { open: { count: openCount, amount: openAmount }, weighted },
    newDeals,
    advanced: { ...advanced, method: previous ? 'previous' : 'stageEntered' },
    won,
    lost: {
      ...lost,
      reasons: [...reasons.values()].sort(
        (a, b) => b.count - a.count || b.amount - a.amount || (a.reason < b.reason ? -1 : 1),
      ),
    },
    slipped: { ...slipped, method: previous ? 'previous' : 'pastCloseDate', period },
    largest,
  };
}

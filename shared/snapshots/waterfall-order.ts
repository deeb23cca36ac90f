import type { DealChange } from './compare-snapshots';

/**
 * Every change kind in the order a pipeline waterfall shows them, as a
 * manager reads a week: deals that came in and moved forward, dates that
 * moved, the outcomes, amount changes, then the rarer moves back, reopened
 * and removed deals. The add-on's Changes sidebar and the Worker's history
 * page both draw their waterfall in this order.
 *
 * @example
 * WATERFALL_ORDER[0] // => 'new'
 */
export const WATERFALL_ORDER = [
  'new',
  'advanced',
  'slipped',
  'pulledIn',
  'won',
  'lost',
  'amountUp',
  'amountDown',
  'movedBack',
  'reopened',
  'removed',
] as const satisfies readonly DealChange[];

import type { GroupField } from '../types';

/**
 * The fields win/loss breakdowns can group by (`analyze`'s `groupBy`), in the
 * order a form lists them.
 *
 * @example
 * GROUP_FIELDS[0] // => 'owner'
 */
export const GROUP_FIELDS = [
  'owner',
  'source',
  'product',
  'segment',
  'competitor',
  'lossReason',
] as const satisfies readonly GroupField[];

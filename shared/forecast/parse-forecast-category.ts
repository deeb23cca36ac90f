import { LABELS_EN } from '../labels/labels-en';
import { LABELS_ZH } from '../labels/labels-zh';
import { normalizeStageKey } from '../stages/normalize-stage-key';
import type { ForecastCategory } from '../types';
import { FORECAST_CATEGORIES } from './forecast-order';

const INDEX: ReadonlyMap<string, ForecastCategory> = (() => {
  const index = new Map<string, ForecastCategory>();
  for (const category of FORECAST_CATEGORIES) {
    index.set(normalizeStageKey(category), category);
    index.set(normalizeStageKey(LABELS_EN[`forecast.${category}`]), category);
    index.set(normalizeStageKey(LABELS_ZH[`forecast.${category}`]), category);
  }
  // Common words for the two closed categories (playbook §3: Closed Won deals
  // are Closed, Closed Lost deals are Omitted).
  for (const word of ['won', 'closedwon', '成交', '赢单']) index.set(word, 'closed');
  for (const word of ['lost', 'closedlost', 'omit', '排除', '输单']) index.set(word, 'omitted');
  return index;
})();

/**
 * Reads a forecast category typed in a cell (playbook §3): the key
 * (`bestCase`), the English label (`Best Case`) or the Chinese label
 * (`最佳情况`), ignoring case, spaces, hyphens and underscores the way stage
 * names are matched (`normalizeStageKey`). `Won` and
 * `Lost` (also `成交`, `赢单`, `输单`) read as Closed and Omitted.
 *
 * @param text - the cell text
 * @returns the category, or `undefined` when the text names none (blank included)
 * @example
 * parseForecastCategory('best case') // => 'bestCase'
 */
export function parseForecastCategory(text: string): ForecastCategory | undefined {
  if (typeof text !== 'string') return undefined;
  return INDEX.get(normalizeStageKey(text));
}

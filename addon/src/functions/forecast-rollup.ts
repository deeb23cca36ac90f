import { cumulativeForecast } from '../../../shared/forecast/cumulative-forecast';
import { isBlank } from '../../../shared/ingest/cell-text';
import { forecastLabel, forecastRollup, parseForecastCategory } from '../../../shared/index';
import type { ForecastCategory } from '../../../shared/types';
import { eachRow } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { FORECAST_NAME, localizeError, QUOTA_0_UP } from '../lib/localize-error';
import { readLanguage } from '../lib/read-language';
import { AMOUNT, readNumber } from '../lib/read-number';

/**
 * Forecast roll-up by category, cumulative: Closed, + Commit, + Best Case, + Pipeline, + Upside (playbook §3). Example: =FORECAST_ROLLUP(G2:G, E2:E, 500000)
 * @param {string[][]} categories Forecast category of each deal of the period.
 * @param {number[][]} amounts Deal amounts, same rows.
 * @param {number} quota Optional. Quota of the period.
 * @param {string} language Optional. "en" or "zh".
 * @return Five rows: category, amount, cumulative amount, cumulative / quota.
 * @customfunction
 */
export function FORECAST_ROLLUP(
  categories: unknown,
  amounts: unknown,
  quota?: unknown,
  language?: unknown,
): (string | number)[][] {
  const fn = 'FORECAST_ROLLUP';
  const lang = readLanguage(fn, language);
  const items: { category: ForecastCategory; amount: number | null }[] = [];
  eachRow(
    fn,
    'categories amounts',
    [categories, amounts],
    ([cell, money], row) => {
      const amount = readNumber(fn, 'amounts', row, money, AMOUNT);
      const category = typeof cell === 'string' ? parseForecastCategory(cell) : undefined;
      if (category) items.push({ category, amount });
      // A blank row is skipped; a row with an amount or any other text needs a category.
      else if (amount !== null || !isBlank(cell)) {
        throw formulaError(fn, 'categories', row, cell, FORECAST_NAME);
      }
    },
    lang,
  );
  let target: number | null;
  try {
    target = readNumber(fn, 'quota', undefined, quota, [QUOTA_0_UP, 0]);
  } catch (error) {
    throw new Error(localizeError((error as Error).message, lang));
  }
  return cumulativeForecast(forecastRollup(items), target).map((r, i) => [
    (i ? '+ ' : '') + forecastLabel(r.category, lang),
    r.amount,
    r.cumulative,
    r.ofQuota ?? '',
  ]);
}

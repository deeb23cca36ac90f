import { forecastColumn } from '../lib/forecast-column';
import type { Spill } from '../lib/by-row';

/**
 * Forecast category (playbook §3): the stage's, capped by the MEDDPICC total. Example: =FORECAST_CATEGORY(D2:D, S2:S)
 * @param {string} stage Stage name.
 * @param {number} meddpicc_total Optional. MEDDPICC total 8-24.
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {string} Commit, Best Case, Pipeline, Upside, Closed or Omitted.
 * @customfunction
 */
export function FORECAST_CATEGORY(
  stage: unknown,
  meddpicc_total?: unknown,
  language?: unknown,
  stage_table?: unknown,
): Spill<string> {
  return forecastColumn('FORECAST_CATEGORY', stage, meddpicc_total, language, stage_table, false);
}

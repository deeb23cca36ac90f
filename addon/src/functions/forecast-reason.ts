import type { Spill } from '../lib/by-row';
import { forecastColumn } from '../lib/forecast-column';

/**
 * Why FORECAST_CATEGORY answers what it does (playbook §3). Example: =FORECAST_REASON(D2:D, S2:S)
 * @param {string} stage Stage name.
 * @param {number} meddpicc_total Optional. MEDDPICC total 8-24.
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {string} Stage's category, MEDDPICC cap and result.
 * @customfunction
 */
export function FORECAST_REASON(
  stage: unknown,
  meddpicc_total?: unknown,
  language?: unknown,
  stage_table?: unknown,
): Spill<string> {
  return forecastColumn('FORECAST_REASON', stage, meddpicc_total, language, stage_table, true);
}

import type { ForecastCategory, StageDefinition } from '../types';
import { baseForecastCategory } from './base-forecast-category';
import { meddpiccCap } from './meddpicc-cap';
import { weakerCategory } from './weaker-category';

/**
 * A deal's forecast category (playbook §3): the stage gives a base category,
 * the MEDDPICC total caps it, and the weaker of the two wins. A manual
 * override always wins; closed deals are Closed or Omitted whatever the total.
 *
 * @param stage - the deal's stage
 * @param meddpiccTotal - 8..24, or null/undefined when not scored (no cap)
 * @param override - a manual category from the sheet
 * @throws PlaybookError when the total is outside 8..24
 * @example
 * forecastCategory(DEFAULT_STAGES[4], 17) // => 'bestCase'
 */
export function forecastCategory(
  stage: StageDefinition,
  meddpiccTotal?: number | null,
  override?: ForecastCategory | null,
): ForecastCategory {
  if (override) return override;
  const base = baseForecastCategory(stage);
  if (stage.kind !== 'open' || meddpiccTotal == null) return base;
  const cap = meddpiccCap(meddpiccTotal);
  return cap ? weakerCategory(base, cap) : base;
}

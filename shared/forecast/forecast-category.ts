import type { ForecastCategory, StageDefinition } from '../types';
import { baseForecastCategory } from './base-forecast-category';
import { meddpiccCap } from './meddpicc-cap';
import { weakerCategory } from './weaker-category';

/**
 * A deal's forecast category (playbook §3): the stage gives a base category,
 * the MEDDPICC total caps it, and the weaker of the two wins. A manual
 * override wins for open deals; closed deals are Closed (won) or Omitted
 * (lost) whatever the total or an override left on the row.
 *
 * @param stage - the deal's stage
 * @param meddpiccTotal - 8..24, or null/undefined when not scored (no cap)
 * @param override - a manual category from the sheet (used for open stages only)
 * @throws PlaybookError when the total is outside 8..24
 * @example
 * forecastCategory(DEFAULT_STAGES[4], 17) // => 'bestCase'
 * forecastCategory(DEFAULT_STAGES[5], null, 'commit') // => 'closed'
 */
export function forecastCategory(
  stage: StageDefinition,
  meddpiccTotal?: number | null,
  override?: ForecastCategory | null,
): ForecastCategory {
  const base = baseForecastCategory(stage);
  if (stage.kind !== 'open') return base;
  if (override) return override;
  if (meddpiccTotal == null) return base;
  const cap = meddpiccCap(meddpiccTotal);
  return cap ? weakerCategory(base, cap) : base;
}

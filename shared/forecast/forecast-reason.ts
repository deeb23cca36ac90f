import { meddpiccBand } from '../meddpicc/meddpicc-band';
import type { ForecastCategory, MeddpiccBand, StageDefinition } from '../types';
import { baseForecastCategory } from './base-forecast-category';
import { forecastCategory } from './forecast-category';
import { meddpiccCap } from './meddpicc-cap';

/** Why a deal lands in its forecast category (see `forecastReason`). */
export interface ForecastReason {
  /** The category the stage alone gives. */
  readonly base: ForecastCategory;
  /** The MEDDPICC band of the total, when a total is given for an open deal. */
  readonly band: MeddpiccBand | null;
  /** The strongest category the band allows (`null`: the band does not cap). */
  readonly cap: ForecastCategory | null;
  /** The category `forecastCategory` answers. */
  readonly category: ForecastCategory;
  /** Whether the cap made the category weaker than the base. */
  readonly capped: boolean;
}

/**
 * The steps behind `forecastCategory` (playbook §3): the stage's base
 * category, the MEDDPICC band and the cap it sets, and the result, the weaker
 * of base and cap. Closed deals are not capped. The category itself comes
 * from `forecastCategory`, so the explanation can never disagree with it.
 *
 * @param stage - the deal's stage definition
 * @param meddpiccTotal - the MEDDPICC total 8..24, or null/undefined for none
 * @example
 * forecastReason(negotiation, 17) // => { base: 'commit', band: 'gaps', cap: 'bestCase', category: 'bestCase', capped: true }
 */
export function forecastReason(
  stage: StageDefinition,
  meddpiccTotal?: number | null,
): ForecastReason {
  const base = baseForecastCategory(stage);
  const scored = stage.kind === 'open' && meddpiccTotal != null;
  const category = forecastCategory(stage, meddpiccTotal);
  return {
    base,
    band: scored ? meddpiccBand(meddpiccTotal) : null,
    cap: scored ? meddpiccCap(meddpiccTotal) : null,
    category,
    capped: category !== base,
  };
}

import { meddpiccTotal } from '../meddpicc/meddpicc-total';
import type { Deal, ForecastCategory, StageDefinition } from '../types';
import { forecastCategory } from './forecast-category';

/**
 * A stored deal's forecast category (playbook §3) from its own fields: the
 * stage, the MEDDPICC total of its scores when it has any, and the manual
 * override column. O(1).
 *
 * @param stage - the deal's stage, as its stage table defines it
 * @param deal - the deal
 * @example
 * dealForecastCategory(DEFAULT_STAGES[4], { row: 2, stage: 'Negotiation', amount: 1 }) // => 'commit'
 */
export function dealForecastCategory(stage: StageDefinition, deal: Deal): ForecastCategory {
  const total = deal.meddpicc ? meddpiccTotal(deal.meddpicc) : null;
  return forecastCategory(stage, total, deal.forecastOverride ?? null);
}

import type { ForecastCategory } from '../types';
import { meddpiccBand } from '../meddpicc/meddpicc-band';

/**
 * The strongest forecast category a MEDDPICC total allows (playbook §3):
 * 20-24 no cap, 15-19 Best Case, 10-14 Pipeline, 8-9 Upside.
 *
 * @returns the cap, or `null` when the total does not cap the category
 * @throws PlaybookError when the total is outside 8..24
 * @example
 * meddpiccCap(17) // => 'bestCase'
 */
export function meddpiccCap(total: number): ForecastCategory | null {
  switch (meddpiccBand(total)) {
    case 'strong':
      return null;
    case 'gaps':
      return 'bestCase';
    case 'atRisk':
      return 'pipeline';
    case 'unqualified':
      return 'upside';
  }
}

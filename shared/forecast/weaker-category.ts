import type { ForecastCategory } from '../types';
import { OPEN_FORECAST_CATEGORIES } from './forecast-order';

const rank = (category: ForecastCategory): number =>
  (OPEN_FORECAST_CATEGORIES as readonly ForecastCategory[]).indexOf(category);

/**
 * The weaker of two open forecast categories (playbook §3: Commit > Best
 * Case > Pipeline > Upside).
 *
 * @example
 * weakerCategory('commit', 'bestCase') // => 'bestCase'
 */
export function weakerCategory(a: ForecastCategory, b: ForecastCategory): ForecastCategory {
  return rank(a) >= rank(b) ? a : b;
}

import type { ForecastCategory } from '../types';

/** Open forecast categories, strongest first (playbook §3). */
export const OPEN_FORECAST_CATEGORIES = ['commit', 'bestCase', 'pipeline', 'upside'] as const;

/** Every forecast category, in report order (playbook §3). */
export const FORECAST_CATEGORIES: readonly ForecastCategory[] = [
  ...OPEN_FORECAST_CATEGORIES,
  'closed',
  'omitted',
];

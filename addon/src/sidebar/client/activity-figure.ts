import type { ActivityMetric } from '../../../../shared/types';
import { formatPercent } from './format-percent';

/**
 * An activity figure as the monthly section shows it: the self-generated
 * share as a percentage, other metrics with one decimal when not whole.
 *
 * @example
 * activityFigure('emails', 36.666) // => '36.7'
 */
export function activityFigure(metric: ActivityMetric, value: number | undefined): string {
  if (value === undefined) return '–';
  if (metric === 'selfGeneratedShare') return formatPercent(value);
  return String(Math.round(value * 10) / 10);
}

import type { ActivityResult } from '../../../../shared/index';
import { label } from '../../../../shared/labels/label';
import type { Language } from '../../../../shared/types';
import { activityFigure } from './activity-figure';

/**
 * A target band in words: "30-50 per day", "30%-40%".
 *
 * @example
 * activityBand({ metric: 'demos', min: 3, max: 5, per: 'week', ... }, 'en') // => '3-5 per week'
 */
export function activityBand(
  r: Pick<ActivityResult, 'metric' | 'min' | 'max' | 'per'>,
  language: Language,
): string {
  const range = `${activityFigure(r.metric, r.min)}-${activityFigure(r.metric, r.max)}`;
  if (r.per === 'share') return range;
  return `${range} ${label(r.per === 'day' ? 'perDay' : 'perWeek', language)}`;
}

import { label } from '../labels/label';
import type { ForecastCategory, Language } from '../types';

/**
 * The forecast category's display name (playbook §3): Commit / 肯定会成交,
 * Best Case / 最佳情况, Pipeline / 待成交, Upside / 可能性较低, Closed /
 * 已成交, Omitted / 已排除.
 *
 * @example
 * forecastLabel('bestCase', 'zh') // => '最佳情况'
 */
export function forecastLabel(category: ForecastCategory, language: Language): string {
  return label(`forecast.${category}`, language);
}

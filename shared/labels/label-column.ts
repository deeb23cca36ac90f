import type { LabelKey } from './label-key';
import { LABEL_TEXTS } from './label-texts';

/**
 * One language's column of `LABEL_TEXTS` as a key → text record: 0 for
 * English, 1 for Chinese. O(number of labels).
 *
 * @example
 * labelColumn(1)['band.atRisk'] // => '有风险'
 */
export function labelColumn(column: 0 | 1): Readonly<Record<LabelKey, string>> {
  const out = {} as Record<LabelKey, string>;
  for (const key of Object.keys(LABEL_TEXTS) as LabelKey[]) out[key] = LABEL_TEXTS[key][column];
  return out;
}

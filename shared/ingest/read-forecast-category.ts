import { normalizeStageKey } from '../stages/normalize-stage-key';
import type { ForecastCategory } from '../types';

const WORDS = new Map<string, ForecastCategory>(
  Object.entries({
    commit: 'commit',
    bestcase: 'bestCase',
    pipeline: 'pipeline',
    upside: 'upside',
    closed: 'closed',
    omitted: 'omitted',
    肯定会成交: 'commit',
    最佳情况: 'bestCase',
    待成交: 'pipeline',
    可能性较低: 'upside',
  }),
);

/**
 * A forecast category from its key or English/Chinese label (playbook §3),
 * ignoring case, spaces, hyphens and underscores; `undefined` when unknown.
 */
export function readForecastCategory(text: string): ForecastCategory | undefined {
  return WORDS.get(normalizeStageKey(text));
}

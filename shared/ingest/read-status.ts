import { normalizeStageKey } from '../stages/normalize-stage-key';
import type { StageKind } from '../types';

/** Status words of CRM exports (Pipedrive's `Deal - Status`, Chinese CRMs' 状态). */
const STATUS_WORDS = new Map<string, StageKind>([
  ['open', 'open'],
  ['active', 'open'],
  ['inprogress', 'open'],
  ['进行中', 'open'],
  ['跟进中', 'open'],
  ['won', 'won'],
  ['closedwon', 'won'],
  ['赢单', 'won'],
  ['成交', 'won'],
  ['lost', 'lost'],
  ['closedlost', 'lost'],
  ['输单', 'lost'],
  ['丢单', 'lost'],
  ['失败', 'lost'],
]);

/**
 * The stage kind a status cell names: `open`, `won` or `lost` (English or
 * Chinese, any case); `undefined` for any other text.
 *
 * @example
 * readStatus('Won') // => 'won'
 */
export function readStatus(text: string): StageKind | undefined {
  return STATUS_WORDS.get(normalizeStageKey(text));
}

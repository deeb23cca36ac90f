import { label, STALLED_CHECKLIST } from '../../../shared/index';
import type { ChecklistItem, Language } from '../../../shared/types';

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

const ITEMS: ReadonlyMap<string, ChecklistItem> = new Map(
  STALLED_CHECKLIST.flatMap((item) =>
    [item, label(`checklist.${item}`, 'en'), label(`checklist.${item}`, 'zh')].map(
      (text) => [key(text), item] as const,
    ),
  ),
);

/** Reads a checklist cell: ticked items as labels (English or Chinese) separated by ";" or newlines. */
export function parseChecklistCell(value: unknown): ChecklistItem[] {
  const found = new Set<ChecklistItem>();
  for (const part of String(value ?? '').split(/[;；\n]/)) {
    const item = ITEMS.get(key(part));
    if (item) found.add(item);
  }
  return STALLED_CHECKLIST.filter((item) => found.has(item));
}

/** Writes a checklist cell: the ticked items' labels in the user's language, in playbook order. */
function formatChecklistCell(items: readonly ChecklistItem[], language: Language): string {
  return STALLED_CHECKLIST.filter((item) => items.includes(item))
    .map((item) => label(`checklist.${item}`, language))
    .join('; ');
}

/**
 * The Checklist cell after a save: the ticked items' labels in the user's
 * language and playbook order, then every part of the cell as it was that is
 * not a checklist label (a rep's own remark such as "waiting on legal"), so a
 * save never erases text it does not own.
 *
 * @example
 * mergeChecklistCell('Champion identified; waiting on legal', ['championIdentified', 'economicBuyerMet'], 'en')
 * // => 'Champion identified; Economic buyer met; waiting on legal'
 */
export function mergeChecklistCell(
  before: unknown,
  items: readonly ChecklistItem[],
  language: Language,
): string {
  const own = String(before ?? '')
    .split(/[;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !ITEMS.has(key(part)));
  return [formatChecklistCell(items, language), ...own].filter((part) => part !== '').join('; ');
}

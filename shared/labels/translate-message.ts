import type { Language } from '../types';
import type { MessageTable } from './message-table';
import { MESSAGES_ZH } from './messages-zh';
import { toChinese } from './to-chinese';

/**
 * A message of the ingestion, the analysis or the API in the language asked
 * for. Messages are made in English; Chinese comes from one table of the
 * English templates (`MESSAGES_ZH`), so values inside a message (cell text,
 * header and stage names, numbers) are kept as written. A prefix naming the
 * function, field or column (`ingestCsv: …`, `options.asOf: …`) is kept and
 * the rest translated. A message no template matches stays English. O(t) in
 * the number of templates per message.
 *
 * @param message - an English message, as the code produced it
 * @param language - `'en'` (returned as is) or `'zh'`
 * @param table - the templates to use; all of `MESSAGES_ZH` unless given
 * @returns the message in that language
 * @example
 * translateMessage('"abc" is not a number', 'zh') // => '"abc" 不是数字'
 */
export function translateMessage(
  message: string,
  language: Language,
  table: MessageTable = MESSAGES_ZH,
): string {
  return language === 'zh' ? toChinese(table, message) : message;
}

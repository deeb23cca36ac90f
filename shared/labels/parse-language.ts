import { normalizeStageKey } from '../stages/normalize-stage-key';
import { PlaybookError, type Language } from '../types';

const NAMES: ReadonlyMap<string, Language> = new Map([
  ['', 'en'],
  ['en', 'en'],
  ['english', 'en'],
  ['英文', 'en'],
  ['英语', 'en'],
  ['zh', 'zh'],
  ['zhcn', 'zh'],
  ['zhhans', 'zh'],
  ['cn', 'zh'],
  ['chinese', 'zh'],
  ['中文', 'zh'],
  ['简体中文', 'zh'],
]);

/**
 * Reads a language option from a cell, a setting or a request: English by
 * default, Simplified Chinese on request (the playbook's two languages).
 * Case, spaces, hyphens and underscores are ignored, so `EN`, `zh-CN`,
 * `zh_Hans`, `Chinese` and `中文` all work; blank or missing means English.
 *
 * @param value - the raw option; anything other than text, blank or missing is rejected
 * @param fn - the caller's name, which starts the error message
 * @returns `'en'` or `'zh'`
 * @throws PlaybookError `LABEL: language must be "en" or "zh" (got "fr")`
 * @example
 * parseLanguage('zh-CN', 'LABEL') // => 'zh'
 */
export function parseLanguage(value: unknown, fn: string): Language {
  if (value === undefined || value === null) return 'en';
  if (typeof value === 'string') {
    const language = NAMES.get(normalizeStageKey(value));
    if (language) return language;
  }
  const shown = typeof value === 'string' ? value : String(value);
  throw new PlaybookError(`${fn}: language must be "en" or "zh" (got "${shown}")`);
}

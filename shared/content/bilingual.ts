import type { Language } from '../types';
import { fillPlaceholders } from './fill-placeholders';

/** A text in both output languages (English and Simplified Chinese). */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/**
 * The reader of one table of bilingual texts: a key's text in the language
 * asked, with its `{name}` placeholders filled (see `fillPlaceholders`).
 *
 * @example
 * const text = textReader({ saved: { en: 'Saved to row {row}', zh: '已保存到第 {row} 行' } });
 * text('saved', 'zh', { row: 7 }) // => '已保存到第 7 行'
 */
export function textReader<K extends string>(
  table: Readonly<Record<K, Bilingual>>,
): (key: K, language: Language, values?: Readonly<Record<string, string | number>>) => string {
  return (key, language, values = {}) => fillPlaceholders(table[key][language], values);
}

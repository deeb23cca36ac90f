import type { Language } from '../types';
import { MESSAGES_ZH, WORDS_ZH } from './messages-zh';

interface Template {
  readonly pattern: RegExp;
  /** Placeholder names in the order the pattern captures them. */
  readonly names: readonly string[];
  readonly chinese: string;
}

/** How each kind of placeholder matches (see `MESSAGES_ZH`). */
const PLACEHOLDER = /\{(\w+)([#*~]?)\}/g;
const NUMBER = '(-?[\\d.,]+%?)';
const TEXT = '([\\s\\S]*?)';

/** Message prefixes that are words rather than a function or column name. */
const PREFIXES_ZH: Readonly<Record<string, string>> = { 'Stage table': '阶段表' };

let templates: Template[] | undefined;

/** Compiles `MESSAGES_ZH` once, on first use: one anchored pattern per English template. */
function compiled(): Template[] {
  templates ??= MESSAGES_ZH.map(([english, chinese]) => {
    const names: string[] = [];
    let source = '';
    let last = 0;
    const placeholder = new RegExp(PLACEHOLDER.source, 'g');
    for (let match = placeholder.exec(english); match; match = placeholder.exec(english)) {
      source += escapeRegExp(english.slice(last, match.index));
      source += match[2] === '#' ? NUMBER : TEXT;
      names.push(match[1] + match[2]);
      last = match.index + match[0].length;
    }
    source += escapeRegExp(english.slice(last));
    return { pattern: new RegExp(`^${source}$`), names, chinese };
  });
  return templates;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Chinese of a whole message, or undefined when no template matches. */
function fromTable(message: string): string | undefined {
  for (const template of compiled()) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const values = new Map<string, string>();
    let nestedKnown = true;
    template.names.forEach((name, i) => {
      const value = match[i + 1] ?? '';
      const kind = name[name.length - 1];
      if (kind === '*') {
        const nested = toChinese(value);
        // A nested message no template knows means this template matched the wrong way.
        if (nested === value && /[A-Za-z]/.test(value)) nestedKnown = false;
        values.set(name, nested);
      } else values.set(name, kind === '~' ? (WORDS_ZH[value] ?? value) : value);
    });
    if (!nestedKnown) continue;
    return template.chinese.replace(PLACEHOLDER, (whole, name: string, kind: string) =>
      values.has(name + kind) ? (values.get(name + kind) as string) : whole,
    );
  }
  return undefined;
}

/** Chinese of a message, with a `name: ` prefix kept (or translated) before the message it starts. */
function toChinese(message: string): string {
  const whole = fromTable(message);
  if (whole !== undefined) return whole;
  const colon = message.indexOf(': ');
  if (colon > 0) {
    const prefix = message.slice(0, colon);
    const rest = toChinese(message.slice(colon + 2));
    if (rest !== message.slice(colon + 2)) return `${PREFIXES_ZH[prefix] ?? prefix}：${rest}`;
  }
  return message;
}

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
 * @returns the message in that language
 * @example
 * translateMessage('"abc" is not a number', 'zh') // => '"abc" 不是数字'
 */
export function translateMessage(message: string, language: Language): string {
  return language === 'zh' ? toChinese(message) : message;
}

import type { MessageTable } from './message-table';
import { WORDS_ZH } from './words-zh';

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

const compiledTables = new WeakMap<MessageTable, Template[]>();

/** Compiles a table once, on first use: one anchored pattern per English template. */
function compiled(table: MessageTable): Template[] {
  const known = compiledTables.get(table);
  if (known) return known;
  const templates = table.map(([english, chinese]) => {
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
  compiledTables.set(table, templates);
  return templates;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Chinese of a whole message, or undefined when no template matches. */
function fromTable(table: MessageTable, message: string): string | undefined {
  for (const template of compiled(table)) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const values = new Map<string, string>();
    let nestedKnown = true;
    template.names.forEach((name, i) => {
      const value = match[i + 1] ?? '';
      const kind = name[name.length - 1];
      if (kind === '*') {
        const nested = toChinese(table, value);
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

/**
 * Chinese of a message from the templates of `table`, with a `name: ` prefix
 * kept (or translated) before the message it starts; the message as it is
 * when no template matches. Takes the table so a bundle can carry only the
 * templates its messages need (the add-on), or all of them (the Worker).
 */
export function toChinese(table: MessageTable, message: string): string {
  const whole = fromTable(table, message);
  if (whole !== undefined) return whole;
  const colon = message.indexOf(': ');
  if (colon > 0) {
    const prefix = message.slice(0, colon);
    const rest = toChinese(table, message.slice(colon + 2));
    if (rest !== message.slice(colon + 2)) return `${PREFIXES_ZH[prefix] ?? prefix}：${rest}`;
  }
  return message;
}

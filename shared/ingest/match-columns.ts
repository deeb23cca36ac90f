import { PlaybookError } from '../types';
import { headerKey, withoutUnit } from './header-key';

/** Header cell → trimmed text. */
export function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Result of `matchColumns`. */
export interface ColumnMatch<F extends string> {
  readonly fields: Partial<Record<F, number>>;
  readonly headers: readonly string[];
  /** Headers that name a field already found in an earlier column. */
  readonly duplicates: readonly string[];
  /** Headers that name no field. */
  readonly ignored: readonly string[];
}

const indexCache = new WeakMap<object, Map<string, string>>();

function aliasIndex(aliases: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  let index = indexCache.get(aliases);
  if (!index) {
    index = new Map();
    for (const [field, names] of Object.entries(aliases)) {
      index.set(headerKey(field), field);
      for (const name of names) index.set(headerKey(name), field);
    }
    indexCache.set(aliases, index);
  }
  return index;
}

/**
 * Finds the column of each field in a header row: the explicit mapping
 * first (exact text, then the same matching as aliases), then the aliases
 * for every column the mapping did not take. A field mapped to `''` is left
 * out. The first column naming a field wins.
 */
export function matchColumns<F extends string>(
  header: readonly unknown[],
  aliases: Readonly<Record<F, readonly string[]>>,
  mapping: Partial<Record<F, string>> | undefined,
  fn: string,
): ColumnMatch<F> {
  const headers = header.map(headerText);
  const fields: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  const excluded = new Set<string>();
  const available = () => headers.filter((h) => h !== '').join(', ') || '(none)';
  for (const [field, wanted] of Object.entries(mapping ?? {}) as [F, string | undefined][]) {
    if (wanted === undefined) continue;
    if (!Object.keys(aliases).includes(field)) {
      throw new PlaybookError(
        `${fn}: unknown field "${field}" in the column mapping; fields are: ${Object.keys(aliases).join(', ')}`,
      );
    }
    const text = String(wanted).trim();
    if (text === '') {
      excluded.add(field);
      continue;
    }
    let column = headers.indexOf(text);
    if (column < 0) column = headers.findIndex((h) => h !== '' && headerKey(h) === headerKey(text));
    if (column < 0) {
      throw new PlaybookError(
        `${fn}: the column mapping names "${text}" for ${field}, but there is no such header; headers found: ${available()}`,
      );
    }
    fields[field] = column;
    taken.add(column);
  }
  const index = aliasIndex(aliases);
  const duplicates: string[] = [];
  const ignored: string[] = [];
  headers.forEach((text, column) => {
    if (taken.has(column) || text === '') return;
    const field = (index.get(headerKey(text)) ?? index.get(headerKey(withoutUnit(text)))) as
      | F
      | undefined;
    if (field === undefined) ignored.push(text);
    else if (excluded.has(field) || mapping?.[field] !== undefined) ignored.push(text);
    else if (fields[field] !== undefined) duplicates.push(text);
    else fields[field] = column;
  });
  return { fields, headers, duplicates, ignored };
}

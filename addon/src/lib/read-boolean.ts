import { formulaError } from './formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { YES_NO } from './localize-error';

/** The yes and no words (lower case), each mapped to its answer. */
const WORDS = new Map<string, boolean>();
for (const word of 'true yes y 1 x ✓ 是 有'.split(' ')) WORDS.set(word, true);
for (const word of 'false no n 0 否 无 没有'.split(' ')) WORDS.set(word, false);

/**
 * A yes/no cell for a custom function: a checkbox (TRUE/FALSE), 1/0, or
 * yes/no, y/n, x, 是/否. Blank counts as no.
 *
 * @throws Error naming the formula, argument, row and value for anything else
 */
export function readBoolean(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
): boolean {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return false;
  const found = WORDS.get(String(value).trim().toLowerCase());
  if (found === undefined) throw formulaError(fn, arg, row, value, YES_NO);
  return found;
}

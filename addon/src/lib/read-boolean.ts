import { formulaError } from './formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { YES_NO } from './localize-error';

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['x', true],
  ['✓', true],
  ['是', true],
  ['有', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['否', false],
  ['无', false],
  ['没有', false],
]);

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

import { parseDay } from '../../../shared/index';
import type { DayNumber } from '../../../shared/types';
import { dateCell } from './date-cell';
import { formulaError } from './formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { A_DATE } from './localize-error';

/**
 * A date cell for a custom function as a DayNumber (days since 1970-01-01),
 * or `null` when blank. Accepts Sheets dates, ISO text and the other forms
 * of the shared `parseDay`.
 *
 * @throws Error naming the formula, argument, row and value when it is not a date
 */
export function readDay(
  fn: string,
  arg: string,
  row: number | undefined,
  value: unknown,
): DayNumber | null {
  if (isBlank(value)) return null;
  try {
    const day = parseDay(dateCell(value));
    if (day !== null) return day;
  } catch {
    // reported below with the formula's own wording
  }
  throw formulaError(fn, arg, row, value, A_DATE);
}

import { PlaybookError } from '../types';

/**
 * Reads a `YYYY-MM` month into a month index (see `monthIndex`).
 *
 * @param text - e.g. `'2026-03'`
 * @param fn - the caller's name, which starts the error message
 * @throws PlaybookError when the text is not `YYYY-MM` with a month 01..12
 * @example
 * parseMonth('2026-01', 'selfAssessment') // => 24312
 */
export function parseMonth(text: string, fn: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new PlaybookError(`${fn}: month must be YYYY-MM, e.g. 2026-03 (got "${text}")`);
  }
  return Number(match[1]) * 12 + month - 1;
}

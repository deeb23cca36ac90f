import { ProblemError } from './problem';

const MS_PER_DAY = 86_400_000;

/**
 * Reads a request date `YYYY-MM-DD` as a day number (UTC days since
 * 1970-01-01), rejecting impossible dates such as 2026-02-30.
 */
export function isoToDay(text: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return ms / MS_PER_DAY;
  }
  throw new ProblemError('invalidRequest', `${field} must be a date written YYYY-MM-DD`, [
    { field, value: text, message: `${field} must be a date written YYYY-MM-DD (got "${text}")` },
  ]);
}

export { dayToIso } from '../../shared/ingest/day-to-iso';

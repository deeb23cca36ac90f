import { dayToIso } from './day-to-iso';
import { daysFromCivil } from './days-from-civil';

/** Whether a cell is blank: `''`, whitespace, `null` or `undefined`. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return value.length === 0 || value.trim().length === 0;
}

/** Whether a cell is text holding a percent sign, ASCII `%` or full-width `％`. */
export function hasPercentSign(value: unknown): value is string {
  return typeof value === 'string' && (value.includes('%') || value.includes('％'));
}

/** Whether every cell of a row is blank. */
export function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

/**
 * A cell as trimmed text: strings trimmed, numbers and booleans as written,
 * dates as `YYYY-MM-DD` of their calendar fields, blanks as `''`.
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'Invalid Date';
    const day = daysFromCivil(value.getFullYear(), value.getMonth() + 1, value.getDate());
    return dayToIso(day);
  }
  return String(value);
}

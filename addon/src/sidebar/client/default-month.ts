/**
 * The month a self-assessment most likely looks at, as YYYY-MM: in the first
 * seven days of a month the month just finished, later the current one.
 *
 * @param today - the browser's date
 * @example
 * defaultMonth(new Date(2026, 11, 3)) // => '2026-11'
 */
export function defaultMonth(today: Date): string {
  const back = today.getDate() <= 7 ? 1 : 0;
  const month = new Date(today.getFullYear(), today.getMonth() - back, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The `YYYY-MM` text of a month count (year × 12 + month − 1, see `monthKey`).
 *
 * @example
 * monthText(24_322) // => '2026-11'
 */
export function monthText(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/**
 * A month index (see `monthIndex`) as `YYYY-MM`, the key used for monthly
 * figures.
 *
 * @example
 * monthLabel(24312) // => '2026-01'
 */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

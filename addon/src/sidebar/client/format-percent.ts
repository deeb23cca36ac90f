/**
 * A fraction as a whole percentage; `–` when there is none (a ratio with no
 * answer, such as a win rate with no closed deals).
 *
 * @example
 * formatPercent(0.125) // => '13%'
 */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`;
}

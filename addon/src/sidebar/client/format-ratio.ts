/**
 * A coverage-style ratio with one decimal and a times sign; `–` when there is none.
 *
 * @example
 * formatRatio(3.25) // => '3.3×'
 */
export function formatRatio(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${value.toFixed(1)}×`;
}

/**
 * An amount with thousands separators and no decimals; `–` when there is none.
 *
 * @example
 * formatMoney(60000) // => '60,000'
 */
export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : Math.round(value).toLocaleString('en-US');
}

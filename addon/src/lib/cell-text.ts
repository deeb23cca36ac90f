/**
 * A cell as trimmed text, `''` for an empty or missing one: how the scorecard
 * compares and shows deal keys, scores and notes.
 *
 * @example
 * cellText('  D-17 ') // => 'D-17'
 */
export function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

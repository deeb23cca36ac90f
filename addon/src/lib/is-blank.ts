/**
 * Whether a cell is empty as Sheets passes it to a custom function: `""` for
 * an empty cell, plus `null`/`undefined` for missing optional arguments and
 * text made only of spaces.
 */
export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * The place of a value within a range argument for an error message:
 * ` in row 3`, or nothing for a single value.
 */
export function whereRow(row: number | undefined): string {
  return row === undefined ? '' : ` in row ${row}`;
}

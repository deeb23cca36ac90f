import { PlaybookError, type MeddpiccScore } from '../types';

/**
 * Reads eight MEDDPICC cells into scores (playbook §2): 1 unknown, 2 partly
 * known, 3 confirmed; a blank cell counts as 1. Numbers and numeric text are
 * accepted.
 *
 * @param values - the eight cells of one deal, in playbook order
 * @param fn - the caller's name, which starts every error message
 * @param row - the 1-based row, named in errors when given
 * @returns eight scores
 * @throws PlaybookError `MEDDPICC: score in column 3 of row 4 must be 1, 2 or 3 (got 5)`
 * @example
 * parseMeddpiccScores([3, '2', '', 1, 1, 3, 2, 1], 'MEDDPICC') // => [3, 2, 1, 1, 1, 3, 2, 1]
 */
export function parseMeddpiccScores(
  values: readonly unknown[],
  fn: string,
  row?: number,
): MeddpiccScore[] {
  const place = row === undefined ? '' : ` of row ${row}`;
  if (values.length !== 8) {
    throw new PlaybookError(
      `${fn}: expected 8 MEDDPICC scores${row === undefined ? '' : ` in row ${row}`} (got ${values.length})`,
    );
  }
  return values.map((value, i) => {
    if (value === '' || value === null || value === undefined) return 1;
    const score = typeof value === 'number' ? value : Number(String(value).trim());
    if (score === 1 || score === 2 || score === 3) return score;
    const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const message = `score in column ${i + 1}${place} must be 1, 2 or 3 (got ${shown})`;
    throw new PlaybookError(`${fn}: ${message}`, [
      { row: row ?? 0, column: String(i + 1), value: shown, message },
    ]);
  });
}

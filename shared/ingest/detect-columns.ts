import type { ColumnMap, DealField } from '../types';
import { DEAL_COLUMN_ALIASES } from './deal-column-aliases';
import { matchColumns } from './match-columns';

/**
 * Finds which column holds each deal field in a header row. An explicit
 * mapping (field → header text) wins; every other column is matched against
 * `DEAL_COLUMN_ALIASES` ignoring case, spaces, `_`, `-` and a trailing unit
 * such as `(USD)`. When two columns name the same field the first wins. A
 * field mapped to `''` is not read at all.
 *
 * @param header - the header row's cells
 * @param mapping - field → header text, e.g. `{ amount: 'ARR (EUR)' }`
 * @returns field → 0-based column index, plus the header texts
 * @throws PlaybookError when the mapping names an unknown field or a header
 *   that is not in the row (the message lists the headers found)
 * @example
 * detectColumns(['Deal Stage', 'Amount', '负责人']).fields // => { stage: 0, amount: 1, owner: 2 }
 */
export function detectColumns(
  header: readonly unknown[],
  mapping?: Partial<Record<DealField, string>>,
): ColumnMap {
  const { fields, headers } = matchColumns(header, DEAL_COLUMN_ALIASES, mapping, 'detectColumns');
  return { fields, headers };
}

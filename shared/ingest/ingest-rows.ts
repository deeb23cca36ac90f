import type { IngestOptions, IngestResult } from '../types';
import { DealIngestion } from './deal-ingestion';

/**
 * Turns a sheet range (what `Range.getValues()` returns, header row first)
 * into deals. Headers are matched by `DEAL_COLUMN_ALIASES` (English and
 * Chinese, case-, space-, `_`- and `-`-insensitive) unless `columns` maps a
 * field to a header, which wins. Cells are read as Sheets gives them (see
 * `parseDay`, `parseAmount`); stages by name, Chinese name or alias of the
 * stage table (playbook §1); MEDDPICC scores with blanks as 1 (playbook §2;
 * a row whose eight scores are all blank gets no `meddpicc`); the forecast
 * override by category key or label (playbook §3); discounts as fractions
 * by `readDiscount` (`15%`, `0.15` and `15` all → 0.15); contacts as whole numbers.
 *
 * Bad cells never stop the rest: each is reported in `errors` with its
 * 1-based row (header = row 1, shifted by `firstRow`), column header, field,
 * value and reason. A row with a blank or unknown stage is left out; any
 * other bad cell leaves only that field out of its deal. Entirely blank
 * rows, and blank rows above the header, are skipped silently. Only the
 * first 1,000 errors are listed (`errorCount` has the total) so a bad large
 * file cannot exhaust memory. Year-last slash dates use `dateOrder`, or the
 * order the data proves (a first part above 12 → DMY, a second part above
 * 12 → MDY); `YYYY/MM/DD` is always year-month-day.
 *
 * Cost: O(rows × columns); converters are built once from the header and
 * stage lookups are cached.
 *
 * @param rows - the range's values, header row first
 * @param options - `columns` mapping, `stages` table, `dateOrder`, `firstRow`
 * @returns deals, errors, the column map, the date order used and warnings
 * @throws PlaybookError when the input is empty, has no stage column (the
 *   message lists the headers found), the mapping names a missing header,
 *   or slash dates are ambiguous (or contradict each other) and no
 *   `dateOrder` was given
 * @example
 * ingestRows([['Stage', 'Amount'], ['Won', '$1,200']]).deals // => [{ row: 2, stage: 'Closed Won', amount: 1200 }]
 */
export function ingestRows(
  rows: readonly (readonly unknown[])[],
  options: IngestOptions = {},
): IngestResult {
  const ingestion = new DealIngestion(options, 'ingestRows');
  for (let i = 0; i < rows.length; i++) ingestion.add(rows[i], i);
  return ingestion.result();
}

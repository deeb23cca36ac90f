import type { IngestOptions, IngestResult } from '../types';
import { DealIngestion } from './deal-ingestion';
import { forEachCsvRow } from './for-each-csv-row';

/**
 * Turns CSV text (header first) into deals, exactly as `ingestRows` does
 * for a sheet range, reading the text record by record (`forEachCsvRow`) so
 * all records never exist as arrays at once. Row numbers are record numbers
 * (header = row 1), which match the rows of the file opened in a
 * spreadsheet. The delimiter is detected among `,` `;` and tab unless given.
 *
 * Cost: O(text length); memory is the text plus the deals.
 *
 * @param text - the CSV text
 * @param options - as for `ingestRows`, plus `delimiter`
 * @returns deals, errors, the column map, the date order used and warnings
 * @throws PlaybookError as `ingestRows` does
 * @example
 * ingestCsv('Deal Stage,Amount\nProposal,"$1,200"\n').deals[0].amount // => 1200
 */
export function ingestCsv(
  text: string,
  options: IngestOptions & { readonly delimiter?: string } = {},
): IngestResult {
  const ingestion = new DealIngestion(options, 'ingestCsv', true);
  forEachCsvRow(text, ingestion.add, { ...options, onProblem: ingestion.problem });
  return ingestion.result();
}

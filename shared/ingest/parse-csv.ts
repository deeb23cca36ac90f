import { type CsvOptions, forEachCsvRow } from './for-each-csv-row';

/**
 * Parses CSV text (RFC 4180) into rows of field strings: quoted fields with
 * delimiters, doubled quotes and line breaks inside, LF or CRLF line ends, a
 * leading byte-order mark. The delimiter is detected among comma, semicolon
 * and tab unless given. See `forEachCsvRow` for the exact rules and for a
 * form that does not keep every row.
 *
 * Cost: O(n) in the text length; the rows take about as much memory again
 * as the text.
 *
 * @param text - the CSV text
 * @param options - `delimiter` to skip detection
 * @returns one array of strings per record
 * @throws PlaybookError when the delimiter is not a single usable character
 * @example
 * parseCsv('stage,amount\r\nWon,"1,200"\r\n') // => [['stage', 'amount'], ['Won', '1,200']]
 */
export function parseCsv(text: string, options?: CsvOptions): string[][] {
  const rows: string[][] = [];
  forEachCsvRow(
    text,
    (fields) => {
      rows.push(fields);
    },
    options,
  );
  return rows;
}

import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/ingest/parse-csv';

// Any table written out as RFC 4180 CSV must read back as the same table.
// Fields mix the characters that make CSV hard: delimiters, quotes, line
// breaks, spaces and Chinese text.

const char = fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', '\n', '\r', '王', '€', '.');
const field = fc.array(char, { maxLength: 6 }).map((chars) => chars.join(''));
const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 12,
});

/** RFC 4180 writing: quote a field holding a delimiter, quote or line end. */
function toCsv(rows: string[][], lineEnd: string, finalLineEnd: boolean): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const text = rows.map((row) => row.map(cell).join(',')).join(lineEnd);
  return finalLineEnd ? text + lineEnd : text;
}

/**
 * A last row of one empty field is written as an empty last line, which reads
 * as a final line break: such a table cannot be written without a final one.
 */
const endsWithEmptyLine = (rows: string[][]) =>
  rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === '';

describe('parseCsv on random tables', () => {
  it('reads back every table written as CSV, with LF, CRLF or lone CR line ends', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (rows, end, final) => {
        fc.pre(final || !endsWithEmptyLine(rows));
        expect(parseCsv(toCsv(rows, end, final), { delimiter: ',' })).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with papaparse on every random table', () => {
    fc.assert(
      fc.property(table, (rows) => {
        fc.pre(!endsWithEmptyLine(rows));
        const text = toCsv(rows, '\r\n', false);
        const reference = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' }).data;
        expect(parseCsv(text, { delimiter: ',' })).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });
});

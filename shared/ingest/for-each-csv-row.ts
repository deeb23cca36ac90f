import { PlaybookError } from '../types';
import { detectCsvDelimiter } from './detect-csv-delimiter';

/** Options of `parseCsv` and `forEachCsvRow`. */
export interface CsvOptions {
  /** One character; detected among `,` `;` and tab when absent. */
  readonly delimiter?: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads CSV text record by record (RFC 4180) and hands each record to
 * `onRow` as an array of field strings, so a caller can convert a large
 * file without holding every record at once. Quoted fields may contain the
 * delimiter, doubled quotes (`""` → `"`) and line breaks; lines end in LF or
 * CRLF; a leading byte-order mark is dropped; a final line break does not
 * start an empty record. An empty line is a record with one empty field, so
 * record numbers match the rows a spreadsheet shows after importing the
 * file. Lenient where the RFC is strict: a quote inside an unquoted field is
 * kept as a character, text after a closing quote is appended to the field,
 * and an unclosed quote runs to the end of the text.
 *
 * Cost: O(n) in the text length. Lines without quotes are split in one
 * native call; other lines are scanned with `indexOf`, never char by char
 * concatenation.
 *
 * @param text - the CSV text
 * @param onRow - called with the fields and the 0-based record index;
 *   return `false` to stop early
 * @param options - `delimiter` (one character) to skip detection
 * @returns the number of records handed to `onRow`
 * @throws PlaybookError when the delimiter is not a single character or is a
 *   quote or line break
 * @example
 * forEachCsvRow('a,b\n1,"x, y"\n', (fields) => console.log(fields)) // => 2 (logs ['a','b'], ['1','x, y'])
 */
export function forEachCsvRow(
  text: string,
  onRow: (fields: string[], index: number) => unknown,
  options: CsvOptions = {},
): number {
  const delimiter = options.delimiter ?? detectCsvDelimiter(text);
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new PlaybookError(
      `parseCsv: delimiter must be one character other than a quote or line break (got "${delimiter}")`,
    );
  }
  const delim = delimiter.charCodeAt(0);
  const len = text.length;
  let pos = len > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let count = 0;
  // Next positions of the delimiter, line feed and quote at or after `pos`
  // (`len` when there is none), refreshed only once passed: linear overall.
  let nextDelim = -1;
  let nextLf = -1;
  let nextQuote = -1;

  while (pos < len) {
    if (nextLf < pos) {
      nextLf = text.indexOf('\n', pos);
      if (nextLf === -1) nextLf = len;
    }
    if (nextQuote < pos) {
      nextQuote = text.indexOf('"', pos);
      if (nextQuote === -1) nextQuote = len;
    }
    if (nextQuote > nextLf) {
      // No quote on this line: one native split.
      let end = nextLf;
      if (end > pos && text.charCodeAt(end - 1) === CR) end--;
      const fields = text.slice(pos, end).split(delimiter);
      pos = nextLf + 1;
      if (onRow(fields, count++) === false) return count;
      continue;
    }

    // A line with quotes: field by field.
    const fields: string[] = [];
    for (;;) {
      if (pos < len && text.charCodeAt(pos) === QUOTE) {
        let start = pos + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', start);
          if (q === -1) {
            value += text.slice(start);
            pos = len;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          pos = q + 1;
          break;
        }
        const code = pos < len ? text.charCodeAt(pos) : LF;
        if (code === delim) {
          fields.push(value);
          pos++;
          continue;
        }
        if (code === LF || (code === CR && (pos + 1 >= len || text.charCodeAt(pos + 1) === LF))) {
          fields.push(value);
          pos += code === CR ? 2 : 1;
          break;
        }
        // Text after the closing quote: keep it, up to the field's end.
        nextDelim = text.indexOf(delimiter, pos);
        if (nextDelim === -1) nextDelim = len;
        nextLf = text.indexOf('\n', pos);
        if (nextLf === -1) nextLf = len;
        if (nextDelim < nextLf) {
          fields.push(value + text.slice(pos, nextDelim));
          pos = nextDelim + 1;
          continue;
        }
        let end = nextLf;
        if (end > pos && text.charCodeAt(end - 1) === CR) end--;
        fields.push(value + text.slice(pos, end));
        pos = nextLf + 1;
        break;
      }
      if (nextDelim < pos) {
        nextDelim = text.indexOf(delimiter, pos);
        if (nextDelim === -1) nextDelim = len;
      }
      if (nextLf < pos) {
        nextLf = text.indexOf('\n', pos);
        if (nextLf === -1) nextLf = len;
      }
      if (nextDelim < nextLf) {
        fields.push(text.slice(pos, nextDelim));
        pos = nextDelim + 1;
        continue;
      }
      let end = nextLf;
      if (end > pos && text.charCodeAt(end - 1) === CR) end--;
      fields.push(text.slice(pos, end));
      pos = nextLf + 1;
      break;
    }
    if (onRow(fields, count++) === false) return count;
  }
  return count;
}

import { PlaybookError } from '../types';
import { detectCsvDelimiter } from './detect-csv-delimiter';

/** Options of `parseCsv` and `forEachCsvRow`. */
export interface CsvOptions {
  /** One character; detected among `,` `;` and tab when absent. */
  readonly delimiter?: string;
  /**
   * Told of a record the reader had to repair: a quote that opens a field
   * and never closes. `index` is the 0-based record where it opened.
   */
  readonly onProblem?: (index: number, message: string) => void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where a field read by `readQuotedField` ends: the position just after its closing quote. */
export interface QuotedFieldEnd {
  end: number;
}

/**
 * The value of the quoted field whose opening quote is at `open`, doubled
 * quotes read as one (RFC 4180); the caller has checked that the quote
 * closes. Sets `at.end` to the position after the closing quote, so a reader
 * keeps one holder and allocates nothing but the value.
 *
 * @example
 * readQuotedField('"a ""b""",c', 0, { end: 0 }) // => 'a "b"'
 */
export function readQuotedField(text: string, open: number, at: QuotedFieldEnd): string {
  let start = open + 1;
  let value = '';
  for (;;) {
    const q = text.indexOf('"', start);
    if (text.charCodeAt(q + 1) === QUOTE) {
      value += text.slice(start, q + 1);
      start = q + 2;
      continue;
    }
    at.end = q + 1;
    return value + text.slice(start, q);
  }
}

/** Whether the text has a CR not followed by LF: one native search per CR, none for LF text. */
export function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 2)) {
    if (text.charCodeAt(i + 1) !== LF) return true;
  }
  return false;
}

/** Whether a quote at `i` starts a field: first in the text, or after a delimiter or line break. */
function atFieldStart(text: string, i: number, delimiter: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return (
    before === delimiter ||
    before === 44 || // ,
    before === 59 || // ;
    before === 9 || // tab
    before === LF ||
    before === CR ||
    (i === 1 && before === 0xfeff)
  );
}

/**
 * The text with every lone CR outside quoted fields turned into LF. A quote
 * opens a field only at its start, as in the reader (the delimiter is not
 * known yet when it is detected, so `,` `;` and tab all count). O(n) with
 * one native search per CR and per quote; run only on text with a lone CR.
 */
export function loneCrToLf(text: string, delimiter: number): string {
  let out = '';
  let from = 0;
  let cr = text.indexOf('\r');
  let quote = text.indexOf('"');
  while (cr !== -1) {
    if (quote !== -1 && quote < cr) {
      if (!atFieldStart(text, quote, delimiter)) {
        quote = text.indexOf('"', quote + 1);
        continue;
      }
      // Skip the quoted field: a CR inside it is part of the value.
      let after = quote + 1;
      for (;;) {
        const close = text.indexOf('"', after);
        if (close === -1) return out + text.slice(from);
        after = close + 1;
        if (text.charCodeAt(after) !== QUOTE) break;
        after++;
      }
      if (cr < after) cr = text.indexOf('\r', after);
      quote = text.indexOf('"', after);
      continue;
    }
    if (text.charCodeAt(cr + 1) !== LF) {
      out += `${text.slice(from, cr)}\n`;
      from = cr + 1;
    }
    cr = text.indexOf('\r', cr + 1);
  }
  return out + text.slice(from);
}

/**
 * Reads CSV text record by record (RFC 4180) and hands each record to
 * `onRow` as an array of field strings, so a caller can convert a large
 * file without holding every record at once. Quoted fields may contain the
 * delimiter, doubled quotes (`""` → `"`) and line breaks; lines end in LF,
 * CRLF or a lone CR (old Mac exports; a CR inside a quoted field stays part
 * of the field); a leading byte-order mark is dropped; a final line break does not
 * start an empty record. An empty line is a record with one empty field, so
 * record numbers match the rows a spreadsheet shows after importing the
 * file. Lenient where the RFC is strict: a quote inside an unquoted field is
 * kept as a character, and text after a closing quote is appended to the
 * field. A quote that opens a field and never closes is reported through
 * `onProblem` and kept as a character, so its line is read as unquoted text
 * and the records after it are still read.
 *
 * Cost: O(n) in the text length. Lines without quotes are split in one
 * native call; other lines are scanned with `indexOf`, never char by char
 * concatenation. Only text that has a CR not followed by LF pays for one
 * more pass that turns those CRs into LF.
 *
 * @param input - the CSV text
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
  input: string,
  onRow: (fields: string[], index: number) => unknown,
  options: CsvOptions = {},
): number {
  const given = options.delimiter;
  if (
    given !== undefined &&
    (given.length !== 1 || given === '"' || given === '\n' || given === '\r')
  ) {
    throw new PlaybookError(
      `parseCsv: delimiter must be one character other than a quote or line break (got "${given}")`,
    );
  }
  const text = hasLoneCr(input)
    ? loneCrToLf(input, given === undefined ? -1 : given.charCodeAt(0))
    : input;
  const delimiter = given ?? detectCsvDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const len = text.length;
  let pos = len > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let count = 0;
  // Next positions of the delimiter, line feed and quote at or after `pos`
  // (`len` when there is none), refreshed only once passed: linear overall.
  let nextDelim = -1;
  let nextLf = -1;
  let nextQuote = -1;
  // Whether the quote at `at` opens a field that never closes: no quote
  // follows it, or only doubled ones. Reported, then read as text.
  const quoted: QuotedFieldEnd = { end: 0 };
  const unclosed = (at: number, field: number): boolean => {
    let q = at;
    for (;;) {
      q = text.indexOf('"', q + 1);
      if (q === -1) break;
      if (text.charCodeAt(q + 1) !== QUOTE) return false;
      q++;
    }
    options.onProblem?.(
      count,
      `a quote opens field ${field + 1} and never closes; the line is read as written`,
    );
    return true;
  };

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
      if (pos < len && text.charCodeAt(pos) === QUOTE && !unclosed(pos, fields.length)) {
        const value = readQuotedField(text, pos, quoted);
        pos = quoted.end;
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

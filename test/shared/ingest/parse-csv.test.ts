import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter } from '../../../shared/ingest/detect-csv-delimiter';
import { forEachCsvRow } from '../../../shared/ingest/for-each-csv-row';
import { parseCsv } from '../../../shared/ingest/parse-csv';
import { PlaybookError } from '../../../shared/types';

describe('parseCsv', () => {
  it('splits plain lines on commas', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads the last line without a final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('accepts CRLF line ends and strips the CR', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('drops a leading byte-order mark', () => {
    expect(parseCsv('\uFEFFstage,amount\nWon,1')[0]).toEqual(['stage', 'amount']);
  });

  // RFC 4180 §2.6-2.7: quoted fields hold delimiters, line breaks and doubled quotes.
  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'name,note\n"Acme, Inc.","He said ""yes"""\n"multi\r\nline",x\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['Acme, Inc.', 'He said "yes"'],
      ['multi\r\nline', 'x'],
    ]);
  });

  it('reads empty and quoted-empty fields', () => {
    expect(parseCsv(',"",\n')).toEqual([['', '', '']]);
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('reads a quoted field at the very end of the text', () => {
    expect(parseCsv('a,"b"')).toEqual([['a', 'b']]);
    expect(parseCsv('"a"\r\n"b"\r\n')).toEqual([['a'], ['b']]);
  });

  it('keeps an empty line as a record of one empty field, so record numbers match rows', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('returns no records for empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parseCsv('5" disk,b\n')).toEqual([['5" disk', 'b']]);
  });

  it('appends text after a closing quote to the field', () => {
    expect(parseCsv('"a"b,c\n')).toEqual([['ab', 'c']]);
    expect(parseCsv('"a"b\nc')).toEqual([['ab'], ['c']]);
  });

  it('reads a quote that never closes as a character, so later records survive', () => {
    expect(parseCsv('a,"b\nc')).toEqual([['a', '"b'], ['c']]);
  });

  it('mixes quoted and plain lines in one file', () => {
    const text = 'id,amount,stage\n1,"1,200",Won\n2,300,Lost\n3,"4,500","Closed\nLost"\n4,5,Demo';
    expect(parseCsv(text)).toEqual([
      ['id', 'amount', 'stage'],
      ['1', '1,200', 'Won'],
      ['2', '300', 'Lost'],
      ['3', '4,500', 'Closed\nLost'],
      ['4', '5', 'Demo'],
    ]);
  });

  it('detects semicolon and tab delimiters from the header line', () => {
    expect(parseCsv('stage;amount\nWon;"1,5"\n')).toEqual([
      ['stage', 'amount'],
      ['Won', '1,5'],
    ]);
    expect(parseCsv('stage\tamount\nWon\t12\n')).toEqual([
      ['stage', 'amount'],
      ['Won', '12'],
    ]);
  });

  it('uses the delimiter it is given', () => {
    expect(parseCsv('a|b\n1|2', { delimiter: '|' })).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a;b,c', { delimiter: ',' })).toEqual([['a;b', 'c']]);
  });

  it('rejects a delimiter that is not one usable character', () => {
    expect(() => parseCsv('a', { delimiter: ',,' })).toThrow(PlaybookError);
    expect(() => parseCsv('a', { delimiter: '"' })).toThrow(/delimiter/);
  });
});

describe('detectCsvDelimiter', () => {
  it('ignores delimiters inside quotes and prefers comma on a tie or when none occurs', () => {
    expect(detectCsvDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectCsvDelimiter('a;b,c\n')).toBe(',');
    expect(detectCsvDelimiter('stage\n')).toBe(',');
    expect(detectCsvDelimiter('a;b;c,d\n1,2,3,4,5,6')).toBe(';');
  });
});

describe('forEachCsvRow', () => {
  it('hands each record with its index and stops when the callback returns false', () => {
    const seen: [string[], number][] = [];
    const count = forEachCsvRow('a\nb\nc\n', (fields, index) => {
      seen.push([fields, index]);
      return index < 1;
    });
    expect(seen).toEqual([
      [['a'], 0],
      [['b'], 1],
    ]);
    expect(count).toBe(2);
  });

  it('reads back random rows written with RFC 4180 quoting', () => {
    const pieces = ['a', 'b', ',', ',', '"', '""', '\n', '\r\n', ' ', 'é', '中'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 500; n++) {
      // Build rows of random fields, quoting those that need it.
      const rows: string[][] = [];
      const rowCount = 1 + Math.floor(random() * 4);
      for (let r = 0; r < rowCount; r++) {
        const row: string[] = [];
        const fieldCount = 1 + Math.floor(random() * 4);
        for (let f = 0; f < fieldCount; f++) {
          let field = '';
          const length = Math.floor(random() * 5);
          for (let i = 0; i < length; i++) field += pieces[Math.floor(random() * pieces.length)];
          row.push(field);
        }
        if (row.length === 1 && row[0] === '') row[0] = 'x';
        rows.push(row);
      }
      const quote = (field: string) =>
        /[",\r\n]/.test(field) || random() < 0.2 ? `"${field.replace(/"/g, '""')}"` : field;
      const text = rows.map((row) => row.map(quote).join(',')).join(random() < 0.5 ? '\n' : '\r\n');
      expect(parseCsv(text, { delimiter: ',' })).toEqual(rows);
    }
  });
});

describe('lone CR line endings (old Mac spreadsheet exports)', () => {
  it('reads a lone CR as a line break', () => {
    expect(parseCsv('a,b\r1,2\r3,4\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads quoted fields and an empty line in a CR file', () => {
    expect(parseCsv('name,note\r"Acme, Inc.","say ""hi"""\r\rx,"y"')).toEqual([
      ['name', 'note'],
      ['Acme, Inc.', 'say "hi"'],
      [''],
      ['x', 'y'],
    ]);
  });

  it('keeps a CR inside a quoted field as part of the field', () => {
    expect(parseCsv('a,b\r"one\rtwo",2\r')).toEqual([
      ['a', 'b'],
      ['one\rtwo', '2'],
    ]);
  });

  it('reads files that mix LF, CRLF and lone CR line endings', () => {
    expect(parseCsv('a;b\n1;2\r\n3;4\r5;6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('detects the delimiter of a CR file from its first line', () => {
    expect(parseCsv('a;b;c\r1,5;2;3\r')).toEqual([
      ['a', 'b', 'c'],
      ['1,5', '2', '3'],
    ]);
  });

  it('drops a byte-order mark before a quoted first field in a CR file', () => {
    expect(parseCsv('\ufeff"a\rb",c\r1,2')).toEqual([
      ['a\rb', 'c'],
      ['1', '2'],
    ]);
  });

  it('streams CR records with their indexes', () => {
    const seen: [string[], number][] = [];
    expect(forEachCsvRow('x\ry\r', (fields, index) => seen.push([fields, index]))).toBe(2);
    expect(seen).toEqual([
      [['x'], 0],
      [['y'], 1],
    ]);
  });
});

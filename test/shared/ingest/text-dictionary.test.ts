import { describe, expect, it } from 'vitest';
import { TextDictionary } from '../../../shared/ingest/text-dictionary';

// The dictionary gives one code per distinct text whether the text comes as
// a string or as UTF-8 bytes of a window of CSV text (as CsvTableReader
// reads it). Expected codes are counted by hand: 0 is the blank, then 1, 2…
// in the order texts are first seen.

const encoder = new TextEncoder();

/** `text` as the reader holds it: its UTF-8 bytes, and -1 as the base unless it is ASCII. */
function window(text: string): { codes: Uint8Array; base: number } {
  const codes = encoder.encode(text);
  return { codes, base: codes.length === text.length ? 0 : -1 };
}

describe('TextDictionary', () => {
  it('gives a text one code from a string and from its bytes, ASCII or not', () => {
    const d = new TextDictionary();
    expect(d.code('Maya Chen')).toBe(1);
    expect(d.code('王芳')).toBe(2);
    expect(d.code('Sales 😀 Team')).toBe(3);
    const line = 'Maya Chen,王芳,Sales 😀 Team,Zoë';
    const { codes, base } = window(line);
    expect(base).toBe(-1);
    const comma = 44;
    let at = 0;
    const found: number[] = [];
    while (at <= codes.length) {
      found.push(d.scan(codes, line, base, at, codes.length, comma));
      at = d.stop + 1;
    }
    // Three texts seen before, then a new one.
    expect(found).toEqual([1, 2, 3, 4]);
    expect(d.values[4]).toBe('Zoë');
    expect(d.code('Zoë')).toBe(4);
  });

  it('cuts a new text from the string when the window is ASCII', () => {
    const d = new TextDictionary();
    const text = 'id,Proposal,x';
    const { codes } = window(text);
    // The window starts at the string's position 3 ("Proposal,x").
    const code = d.spanCode(codes.subarray(3), text, 3, 0, 8);
    expect(code).toBe(1);
    expect(d.values[1]).toBe('Proposal');
  });

  it('trims spaces at either end, ideographic and no-break ones included', () => {
    const d = new TextDictionary();
    for (const padded of ['\u3000李娜\u3000', ' 李娜', '\u00a0李娜']) {
      const { codes, base } = window(padded);
      expect(d.spanCode(codes, padded, base, 0, codes.length)).toBe(1);
    }
    expect(d.values).toEqual(['', '李娜']);
    // A blank span is code 0.
    expect(d.spanCode(new Uint8Array(0), '', 0, 0, 0)).toBe(0);
  });

  it('leaves to the caller bytes that may stand for a lone surrogate', () => {
    const d = new TextDictionary();
    // A lone surrogate and a real U+FFFD encode to the same three bytes.
    expect(d.code('Ben\ud800')).toBe(1);
    expect(d.code('Ben\ufffd')).toBe(2);
    const { codes } = window('Ben\ufffd');
    // Seen before, or new: either way the bytes cannot tell which text it was.
    expect(d.spanCode(codes, 'Ben\ufffd', -1, 0, codes.length)).toBe(-1);
    expect(new TextDictionary().spanCode(codes, 'Ben\ufffd', -1, 0, codes.length)).toBe(-1);
    // Strings always can.
    expect(d.code('Ben\ud800')).toBe(1);
    expect(d.code('Ben\ufffd')).toBe(2);
  });

  it('keeps many texts that differ in one byte apart, past its first buffers', () => {
    const d = new TextDictionary();
    const names = Array.from({ length: 3000 }, (_, k) => `代表 ${String(k).padStart(5, '0')}`);
    const line = names.join(',');
    const { codes, base } = window(line);
    let at = 0;
    for (let k = 0; k < names.length; k++) {
      expect(d.scan(codes, line, base, at, codes.length, 44)).toBe(k + 1);
      at = d.stop + 1;
    }
    for (let k = names.length - 1; k >= 0; k--) expect(d.code(names[k])).toBe(k + 1);
  });
});

/** Whether a character may be trimmed by `String.prototype.trim` (a superset is fine: trim decides). */
export function maybeSpace(c: number): boolean {
  // Most characters are printable ASCII: one comparison settles them.
  if (c < 0xa0) return c <= 32;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A byte that never appears in UTF-8: ends the stored bytes of a text that is not well formed. */
const NOT_UTF8 = 0xff;
const REPLACEMENT = '\ufffd';

/**
 * Codes for the distinct texts of a column, found straight from a span of
 * UTF-8 bytes (as `CsvTableReader` reads its text): the span is hashed and
 * compared byte by byte with the
 * bytes of the texts already seen, so a text seen before costs no new
 * string. Code 0 is the blank `''`. Texts given as strings (`code`) are
 * hashed by the same UTF-8 bytes, so both ways give one code per text. An
 * open-addressing table keeps lookups O(length of the text).
 *
 * A lone surrogate in a string becomes U+FFFD in UTF-8, so bytes that are
 * not of ASCII text never stand for a text with U+FFFD in it: `scan` and
 * `spanCode` answer -1 for them, and the caller reads that text as a string.
 *
 * @example
 * const d = new TextDictionary();
 * d.code('Maya') // => 1
 * d.spanCode(Uint8Array.of(97, 44, 77, 97, 121, 97), 'a,Maya', 0, 2, 6) // => 1
 */
export class TextDictionary {
  /** Text of each code; `values[0]` is `''`. */
  readonly values: string[] = [''];
  /** Whether each value has U+FFFD in it (see the class note). */
  private replaced: boolean[] = [false];
  private hashes: number[] = [0];
  private slots = new Int32Array(256);
  /** The UTF-8 bytes of every value, one after another; value `c` is `bytes[starts[c], starts[c + 1])`. */
  private bytes = new Uint8Array(1024);
  private starts = new Int32Array(257);
  private byteCount = 0;

  /** Where the last `scan` stopped: the delimiter, or `limit`. */
  stop = 0;

  /**
   * Code of the text from `start` up to the first `delim` (or `limit`) of
   * `codes`, trimmed; sets `stop` to where it ended. One pass over the
   * bytes. `codes` holds UTF-8 bytes of `source`; when `base` is not -1
   * every one of them is ASCII and a position in `codes` plus `base` is the
   * same position in `source` (a new text is then cut from `source`,
   * otherwise decoded from the bytes). -1 for a text with U+FFFD in it when
   * `base` is -1 (see the class note).
   */
  scan(
    codes: Uint8Array,
    source: string,
    base: number,
    start: number,
    limit: number,
    delim: number,
  ): number {
    let h = 0x811c9dc5;
    let i = start;
    for (; i < limit; i++) {
      const c = codes[i];
      if (c === delim) break;
      h = Math.imul(h ^ c, 16777619);
    }
    this.stop = i;
    return this.find(codes, source, base, start, i, h);
  }

  /** Code of the text `codes[start, end)` trimmed (see `scan`); added when new. */
  spanCode(codes: Uint8Array, source: string, base: number, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i], 16777619);
    return this.find(codes, source, base, start, end, h);
  }

  private find(
    codes: Uint8Array,
    source: string,
    base: number,
    start: number,
    end: number,
    h: number,
  ): number {
    if (end === start) return 0;
    if (maybeSpace(firstCodePoint(codes, start)) || maybeSpace(lastCodePoint(codes, end))) {
      if (base !== -1) return this.code(source.slice(start + base, end + base).trim());
      const text = utf8Text(codes, start, end);
      return text.includes(REPLACEMENT) ? -1 : this.code(text.trim());
    }
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const code = this.slots[at];
      if (code === 0) {
        if (base !== -1) return this.insert(source.slice(start + base, end + base), h, at);
        const text = utf8Text(codes, start, end);
        return text.includes(REPLACEMENT) ? -1 : this.insert(text, h, at);
      }
      if (this.hashes[code] !== h) continue;
      const from = this.starts[code];
      if (this.starts[code + 1] - from !== length) continue;
      const bytes = this.bytes;
      let k = 0;
      while (k < length && bytes[from + k] === codes[start + k]) k++;
      if (k === length) return base === -1 && this.replaced[code] ? -1 : code;
    }
  }

  /** The UTF-8 bytes of the text of `code` (a view of the dictionary's own: read, do not keep). */
  utf8(code: number): Uint8Array {
    return this.bytes.subarray(this.starts[code], this.starts[code + 1]);
  }

  /**
   * Whether bytes equal to the text of `code` always stand for that text:
   * a text with U+FFFD in it does not (see the class note), nor one that
   * `scan` would trim (its bytes never come untrimmed from `scan`).
   */
  exact(code: number): boolean {
    const from = this.starts[code];
    const end = this.starts[code + 1];
    if (end === from || this.replaced[code]) return false;
    const bytes = this.bytes;
    return !maybeSpace(firstCodePoint(bytes, from)) && !maybeSpace(lastCodePoint(bytes, end));
  }

  /** Code of `text` as it is (no trimming); added when new. */
  code(text: string): number {
    if (text === '') return 0;
    const from = this.byteCount;
    const end = this.writeUtf8(text);
    let h = 0x811c9dc5;
    const bytes = this.bytes;
    for (let i = from; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const code = this.slots[at];
      if (code === 0) {
        // The bytes just written become the new value's.
        const added = this.values.length;
        if (added + 2 > this.starts.length) this.growStarts();
        this.byteCount = end;
        this.starts[added + 1] = end;
        return this.add(text, h, at);
      }
      if (this.hashes[code] === h && this.values[code] === text) return code;
    }
  }

  private insert(text: string, h: number, at: number): number {
    const added = this.values.length;
    if (added + 2 > this.starts.length) this.growStarts();
    this.byteCount = this.writeUtf8(text);
    this.starts[added + 1] = this.byteCount;
    return this.add(text, h, at);
  }

  private add(text: string, h: number, at: number): number {
    const code = this.values.length;
    this.values.push(text);
    this.replaced.push(text.includes(REPLACEMENT));
    this.hashes.push(h);
    this.slots[at] = code;
    // Keep the table at most half full.
    if (code * 2 >= this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      const mask = slots.length - 1;
      for (let c = 1; c < this.values.length; c++) {
        let i = this.hashes[c] & mask;
        while (slots[i] !== 0) i = (i + 1) & mask;
        slots[i] = c;
      }
      this.slots = slots;
    }
    return code;
  }

  private growStarts(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
  }

  /**
   * Writes the UTF-8 bytes of `text` after the stored ones (not yet counted
   * as stored) and returns where they end. A lone surrogate is written as
   * U+FFFD, as a UTF-8 encoder writes it, followed by a byte UTF-8 never has,
   * so such a text never matches bytes read from well-formed text.
   */
  private writeUtf8(text: string): number {
    const need = this.byteCount + text.length * 3 + 1;
    if (need > this.bytes.length) {
      const bytes = new Uint8Array(Math.max(need, this.bytes.length * 2));
      bytes.set(this.bytes.subarray(0, this.byteCount));
      this.bytes = bytes;
    }
    const bytes = this.bytes;
    let at = this.byteCount;
    let wellFormed = true;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        bytes[at++] = c;
        continue;
      }
      if (c < 0x800) {
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 63);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 63);
          bytes[at++] = 0x80 | ((point >> 6) & 63);
          bytes[at++] = 0x80 | (point & 63);
          i++;
          continue;
        }
        c = 0xfffd;
        wellFormed = false;
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 63);
      bytes[at++] = 0x80 | (c & 63);
    }
    if (!wellFormed) bytes[at++] = NOT_UTF8;
    return at;
  }
}

/** The code point whose UTF-8 bytes start at `start` (any value above U+FFFF for a 4-byte one). */
function firstCodePoint(codes: Uint8Array, start: number): number {
  const b = codes[start];
  if (b < 0x80) return b;
  if (b < 0xe0) return ((b & 31) << 6) | (codes[start + 1] & 63);
  if (b < 0xf0) return ((b & 15) << 12) | ((codes[start + 1] & 63) << 6) | (codes[start + 2] & 63);
  return 0x10000;
}

/** The code point whose UTF-8 bytes end just before `end`. */
function lastCodePoint(codes: Uint8Array, end: number): number {
  let i = end - 1;
  // Back over continuation bytes (10xxxxxx) to the first byte of the character.
  while ((codes[i] & 0xc0) === 0x80 && i > end - 4) i--;
  return firstCodePoint(codes, i);
}

/** The text of the well-formed UTF-8 bytes `codes[start, end)`. */
export function utf8Text(codes: Uint8Array, start: number, end: number): string {
  let text = '';
  let i = start;
  while (i < end) {
    const b = codes[i];
    let point: number;
    if (b < 0x80) {
      point = b;
      i++;
    } else if (b < 0xe0) {
      point = ((b & 31) << 6) | (codes[i + 1] & 63);
      i += 2;
    } else if (b < 0xf0) {
      point = ((b & 15) << 12) | ((codes[i + 1] & 63) << 6) | (codes[i + 2] & 63);
      i += 3;
    } else {
      point =
        ((b & 7) << 18) |
        ((codes[i + 1] & 63) << 12) |
        ((codes[i + 2] & 63) << 6) |
        (codes[i + 3] & 63);
      i += 4;
    }
    text += String.fromCodePoint(point);
  }
  return text;
}

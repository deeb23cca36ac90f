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

/**
 * Codes for the distinct texts of a column, found straight from a span of
 * the source text: the span is hashed and compared character by character,
 * so a text already seen costs no new string. Code 0 is the blank `''`.
 * An open-addressing table keeps lookups O(length of the text).
 *
 * @example
 * const d = new TextDictionary();
 * d.codeOf('a,Maya,b', 2, 6) // => 1
 * d.values[1] // => 'Maya'
 */
export class TextDictionary {
  /** Text of each code; `values[0]` is `''`. */
  readonly values: string[] = [''];
  private hashes: number[] = [0];
  private slots = new Int32Array(256);
  /** The characters of every value, one after another; value `c` is `chars[starts[c], starts[c + 1])`. */
  private chars = new Uint16Array(1024);
  private starts = new Int32Array(257);
  private charCount = 0;

  /** Where the last `scan` stopped: the delimiter, or `limit`. */
  stop = 0;

  /**
   * Code of the text from `start` up to the first `delim` (or `limit`),
   * trimmed; sets `stop` to where it ended. One pass over the characters.
   */
  scan(source: string, start: number, limit: number, delim: number): number {
    let h = 0x811c9dc5;
    let i = start;
    for (; i < limit; i++) {
      const c = source.charCodeAt(i);
      if (c === delim) break;
      h = Math.imul(h ^ c, 16777619);
    }
    this.stop = i;
    if (i === start) return 0;
    if (maybeSpace(source.charCodeAt(start)) || maybeSpace(source.charCodeAt(i - 1))) {
      return this.code(source.slice(start, i).trim());
    }
    const mask = this.slots.length - 1;
    const length = i - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const code = this.slots[at];
      if (code === 0) return this.insert(source.slice(start, i), h, at);
      if (this.hashes[code] !== h) continue;
      const from = this.starts[code];
      if (this.starts[code + 1] - from !== length) continue;
      // Compared with a flat copy of the characters: one typed-array read each.
      const chars = this.chars;
      let k = 0;
      while (k < length && chars[from + k] === source.charCodeAt(start + k)) k++;
      if (k === length) return code;
    }
  }

  /** Code of the text `source[start, end)` trimmed; added when new. */
  codeOf(source: string, start: number, end: number): number {
    if (start === end) return 0;
    if (maybeSpace(source.charCodeAt(start)) || maybeSpace(source.charCodeAt(end - 1))) {
      return this.code(source.slice(start, end).trim());
    }
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ source.charCodeAt(i), 16777619);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const code = this.slots[at];
      if (code === 0) return this.insert(source.slice(start, end), h, at);
      if (this.hashes[code] !== h) continue;
      const from = this.starts[code];
      if (this.starts[code + 1] - from !== length) continue;
      const chars = this.chars;
      let k = 0;
      while (k < length && chars[from + k] === source.charCodeAt(start + k)) k++;
      if (k === length) return code;
    }
  }

  /** Code of `text` as it is (no trimming); added when new. */
  code(text: string): number {
    if (text === '') return 0;
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const code = this.slots[at];
      if (code === 0) return this.insert(text, h, at);
      if (this.hashes[code] === h && this.values[code] === text) return code;
    }
  }

  private keepChars(code: number, text: string): void {
    const end = this.charCount + text.length;
    if (end > this.chars.length) {
      const chars = new Uint16Array(Math.max(end, this.chars.length * 2));
      chars.set(this.chars);
      this.chars = chars;
    }
    if (code + 2 > this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    for (let i = 0; i < text.length; i++) this.chars[this.charCount + i] = text.charCodeAt(i);
    this.charCount = end;
    this.starts[code + 1] = end;
  }

  private insert(text: string, h: number, at: number): number {
    const code = this.values.length;
    this.values.push(text);
    this.hashes.push(h);
    this.keepChars(code, text);
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
}

import { ProblemError } from './problem';

/**
 * Charsets named when a request declares one that cannot be read. Any label
 * of the WHATWG Encoding Standard works, since the Workers runtime's
 * `TextDecoder` implements all of them.
 */
const SUPPORTED_CHARSETS =
  'utf-8, utf-16le, utf-16be, windows-1252 (also iso-8859-1 and us-ascii), iso-8859-15, windows-1250, windows-1251, gb18030, gbk (also gb2312), big5, shift_jis, euc-jp, euc-kr';

const SAVE_ADVICE =
  'Declare the charset the file was saved in: Excel\'s "CSV" is windows-1252 in Western Europe and the Americas and GB18030 in China, so send `Content-Type: text/csv; charset=windows-1252` (or `charset=gb18030`), or save the file as "CSV UTF-8".';

/** The `charset` parameter of a Content-Type header, lower-cased and unquoted, or null. */
function charsetOf(contentType: string): string | null {
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase();
    return value === '' ? null : value;
  }
  return null;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence
 * (overlong forms, surrogates and code points past U+10FFFF included, as the
 * Encoding Standard's decoder judges them), or -1 when every byte is good.
 * Only called once a fatal decode has failed. O(n).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset: CRLF, LF and a lone CR each end a line. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

/** 1-based line of a character index in decoded text, counted like `lineOfByte`. */
function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line += 1;
  }
  return line;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The 415 problem of a body that is not UTF-8: the first bad byte, its offset in the body and its line. */
function notUtf8(byte: number, offset: number, line: number): ProblemError {
  const where = `byte ${hex(byte)} at offset ${offset}, line ${line}`;
  return new ProblemError(
    'unsupportedMediaType',
    `The body is not valid UTF-8 (first bad ${where}). ${SAVE_ADVICE}`,
    [{ row: line, field: 'body', value: hex(byte), message: `${where} is not valid UTF-8` }],
  );
}

/** The 415 problem of a body that is not valid in its declared or marked charset. */
function notCharset(charset: string, line: number): ProblemError {
  return new ProblemError(
    'unsupportedMediaType',
    `The body is not valid ${charset} (first undecodable character on line ${line}). ${SAVE_ADVICE}`,
    [{ row: line, field: 'body', message: `line ${line} is not valid ${charset}` }],
  );
}

/** Decodes UTF-8 strictly; a bad byte is a 415 problem naming its offset and line. */
function decodeUtf8(bytes: Uint8Array, skipped: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = Math.max(firstInvalidUtf8(bytes), 0);
    throw notUtf8(bytes[at] ?? 0, at + skipped, lineOfByte(bytes, at));
  }
}

/**
 * Decodes with any other encoding, strictly. The Encoding Standard's
 * decoders do not say where they failed, so the line comes from a lenient
 * decode: the first U+FFFD it put in.
 */
function decodeOther(decoder: TextDecoder, bytes: Uint8Array, charset: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const lenient = new TextDecoder(decoder.encoding, { fatal: false, ignoreBOM: true }).decode(
      bytes,
    );
    const bad = lenient.indexOf('\uFFFD');
    throw notCharset(charset, lineOfIndex(lenient, bad < 0 ? lenient.length : bad));
  }
}

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

/**
 * Reads a text request body (such as `text/csv`) as a string, honouring how
 * spreadsheet programs save text:
 *
 * 1. a byte order mark decides: EF BB BF is UTF-8, FF FE is UTF-16LE (Excel's
 *    "Unicode text"), FE FF is UTF-16BE; the mark itself is dropped;
 * 2. else the Content-Type's `charset` parameter decides, read with
 *    `TextDecoder` under the WHATWG Encoding Standard's labels
 *    (windows-1252, iso-8859-1 — which the standard reads as windows-1252 —,
 *    gb18030, gbk, gb2312, big5, shift_jis, utf-16le…);
 * 3. else (or with `charset=utf-8`) the body must be UTF-8.
 *
 * Decoding is strict: bytes that are not valid in the chosen encoding are
 * refused, never replaced by U+FFFD or misread as another charset. UTF-16
 * without a byte order mark and without a declared charset is not detected:
 * it fails as invalid UTF-8 or reads as text with NUL characters.
 *
 * @param request - the request; its body is consumed
 * @returns the body's text, without a byte order mark
 * @throws ProblemError `unsupportedMediaType` (415) when the declared charset
 *   is unknown (the detail names the supported ones) or the body is not valid
 *   in its encoding (the detail names the line, for UTF-8 also the byte
 *   offset, and the charset to declare)
 * @example
 * // body 5A 6F EB, Content-Type: text/csv; charset=windows-1252
 * await readTextBody(request) // => 'Zoë'
 */
export async function readTextBody(request: Request): Promise<string> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), 3);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeOther(strict('utf-16le'), bytes.subarray(2), 'UTF-16LE');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeOther(strict('utf-16be'), bytes.subarray(2), 'UTF-16BE');
  }
  const charset = charsetOf(request.headers.get('content-type') ?? '');
  if (charset === null) return decodeUtf8(bytes, 0);
  let decoder: TextDecoder;
  try {
    decoder = strict(charset);
  } catch {
    throw new ProblemError(
      'unsupportedMediaType',
      `The charset "${charset}" is not supported. Declare one of: ${SUPPORTED_CHARSETS}.`,
      [
        {
          field: 'content-type',
          value: charset,
          message: `charset "${charset}" is not supported`,
        },
      ],
    );
  }
  return decoder.encoding === 'utf-8' ? decodeUtf8(bytes, 0) : decodeOther(decoder, bytes, charset);
}

/** Counts line ends in pieces of text as `lineOfIndex` counts them (CRLF, LF, lone CR), across pieces. */
class LineCounter {
  /** Line ends in the text counted so far. */
  ends = 0;
  private pendingCr = false;

  /** Counts the line ends of `text[0, end)`, given it follows the text counted so far. */
  add(text: string, end = text.length): void {
    if (end === 0) return;
    if (this.pendingCr && text.charCodeAt(0) !== 0x0a) this.ends++;
    this.pendingCr = false;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
      this.ends++;
    for (let i = text.indexOf('\r'); i !== -1 && i < end; i = text.indexOf('\r', i + 1)) {
      if (i + 1 >= end) {
        // Whether it ends a line depends on the next character.
        if (end === text.length) this.pendingCr = true;
        else if (text.charCodeAt(i + 1) !== 0x0a) this.ends++;
      } else if (text.charCodeAt(i + 1) !== 0x0a) this.ends++;
    }
  }

  /** 1-based line of the next character (a CR just before it ends a line). */
  get line(): number {
    return this.ends + 1 + (this.pendingCr ? 1 : 0);
  }
}

/** Bytes at the end of UTF-8 input that start a character not yet complete (0 to 3). */
function incompleteTail(tail: readonly number[]): number {
  for (let k = 1; k <= tail.length; k++) {
    const b = tail[tail.length - k];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

/**
 * `readTextBody` without holding the body: reads the request body as a
 * stream, decodes it piece by piece (`TextDecoder` with `stream: true`,
 * strict) and hands each piece of text to `push`, so a 100 MB upload never
 * exists whole as bytes or as text. The same byte order marks and charsets
 * are honoured and the same 415 problems given, with the same line and
 * offset, as `readTextBody` gives.
 *
 * Memory: one piece of the body, and for a charset other than UTF-8 a
 * second, lenient decoder that finds the line of a bad character.
 *
 * @param request - the request; its body is consumed
 * @param push - called with each decoded piece of text, in order
 * @param maxBytes - the most bytes the body may have
 * @throws ProblemError `unsupportedMediaType` (415) as `readTextBody` does,
 *   `bodyTooLarge` (413) past `maxBytes`
 */
export async function streamTextBody(
  request: Request,
  push: (text: string) => void,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<void> {
  const body = request.body;
  if (body === null) return;
  const source = body.getReader();
  let received = 0;
  // Every read counts the bytes, so a body past `maxBytes` stops there.
  const reader = {
    async read(): Promise<ReadableStreamReadResult<Uint8Array>> {
      const next = await source.read();
      if (!next.done) {
        received += next.value.length;
        if (received > maxBytes) {
          await source.cancel().catch(() => undefined);
          throw new ProblemError(
            'bodyTooLarge',
            `The request body is larger than ${maxBytes} bytes.`,
          );
        }
      }
      return next;
    },
    cancel: () => source.cancel(),
  };
  // The first bytes decide the encoding (a byte order mark is up to 3 bytes).
  let head = new Uint8Array(0);
  let done = false;
  while (head.length < 3 && !done) {
    const next = await reader.read();
    if (next.done) done = true;
    else {
      const joined = new Uint8Array(head.length + next.value.length);
      joined.set(head);
      joined.set(next.value, head.length);
      head = joined;
    }
  }
  let skipped = 0;
  let label = 'utf-8';
  let name = 'UTF-8';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) skipped = 3;
  else if (head[0] === 0xff && head[1] === 0xfe) {
    skipped = 2;
    label = 'utf-16le';
    name = 'UTF-16LE';
  } else if (head[0] === 0xfe && head[1] === 0xff) {
    skipped = 2;
    label = 'utf-16be';
    name = 'UTF-16BE';
  } else {
    const charset = charsetOf(request.headers.get('content-type') ?? '');
    if (charset !== null) {
      try {
        label = strict(charset).encoding;
      } catch {
        await reader.cancel();
        throw new ProblemError(
          'unsupportedMediaType',
          `The charset "${charset}" is not supported. Declare one of: ${SUPPORTED_CHARSETS}.`,
          [
            {
              field: 'content-type',
              value: charset,
              message: `charset "${charset}" is not supported`,
            },
          ],
        );
      }
      name = charset;
    }
  }
  const utf8 = label === 'utf-8';
  const decoder = strict(label);
  // For other charsets, a lenient twin finds the line of the first bad character.
  const lenient = utf8 ? null : new TextDecoder(label, { fatal: false, ignoreBOM: true });
  const lines = new LineCounter();
  let before = 0;
  const tail: number[] = [];

  const failUtf8 = async (bytes: Uint8Array): Promise<never> => {
    await reader.cancel().catch(() => undefined);
    const carry = tail.slice(tail.length - incompleteTail(tail));
    const joined = new Uint8Array(carry.length + bytes.length);
    joined.set(carry);
    joined.set(bytes, carry.length);
    const at = Math.max(firstInvalidUtf8(joined), 0);
    // The characters before the bad byte are good: their line ends count.
    lines.add(
      new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(joined.subarray(0, at)),
    );
    throw notUtf8(joined[at] ?? 0, skipped + before - carry.length + at, lines.line);
  };
  // Line of a U+FFFD written in the text itself, which `readTextBody` would name.
  let written: number | null = null;
  const failOther = async (bytes: Uint8Array | null): Promise<never> => {
    if (written !== null) {
      await reader.cancel().catch(() => undefined);
      throw notCharset(name, written);
    }
    // Reads on leniently to the first U+FFFD, as `readTextBody` finds it in the whole text.
    let piece: Uint8Array | null = bytes;
    for (;;) {
      const text =
        piece === null
          ? (lenient as TextDecoder).decode()
          : (lenient as TextDecoder).decode(piece, { stream: true });
      const bad = text.indexOf('\uFFFD');
      if (bad >= 0) {
        lines.add(text, bad);
        break;
      }
      lines.add(text);
      if (piece === null) break;
      const next = await reader.read();
      piece = next.done ? null : next.value;
    }
    await reader.cancel().catch(() => undefined);
    throw notCharset(name, lines.line);
  };

  const take = async (bytes: Uint8Array): Promise<void> => {
    if (bytes.length === 0) return;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      return utf8 ? failUtf8(bytes) : failOther(bytes);
    }
    if (lenient !== null) {
      const loose = lenient.decode(bytes, { stream: true });
      if (written === null) {
        const bad = loose.indexOf('\uFFFD');
        if (bad >= 0) {
          lines.add(loose, bad);
          written = lines.line;
        } else lines.add(loose);
      }
    } else lines.add(text);
    before += bytes.length;
    for (let i = Math.max(0, bytes.length - 3); i < bytes.length; i++) {
      tail.push(bytes[i]);
      if (tail.length > 3) tail.shift();
    }
    push(text);
  };

  await take(head.subarray(skipped));
  while (!done) {
    const next = await reader.read();
    if (next.done) break;
    await take(next.value);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    return utf8 ? failUtf8(new Uint8Array(0)) : failOther(null);
  }
  if (rest !== '') push(rest);
}

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

/** Decodes UTF-8 strictly; a bad byte is a 415 problem naming its offset and line. */
function decodeUtf8(bytes: Uint8Array, skipped: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = Math.max(firstInvalidUtf8(bytes), 0);
    const line = lineOfByte(bytes, at);
    const where = `byte ${hex(bytes[at] ?? 0)} at offset ${at + skipped}, line ${line}`;
    throw new ProblemError(
      'unsupportedMediaType',
      `The body is not valid UTF-8 (first bad ${where}). ${SAVE_ADVICE}`,
      [
        {
          row: line,
          field: 'body',
          value: hex(bytes[at] ?? 0),
          message: `${where} is not valid UTF-8`,
        },
      ],
    );
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
    const line = lineOfIndex(lenient, bad < 0 ? lenient.length : bad);
    throw new ProblemError(
      'unsupportedMediaType',
      `The body is not valid ${charset} (first undecodable character on line ${line}). ${SAVE_ADVICE}`,
      [{ row: line, field: 'body', message: `line ${line} is not valid ${charset}` }],
    );
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

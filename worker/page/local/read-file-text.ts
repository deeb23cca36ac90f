import { readTextBody } from '../../src/read-text-body';

/** The text of a file and the line breaks seen while reading it. */
export interface FileText {
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  /** Lines of the text (line feeds or lone carriage returns, plus one): at least the records. */
  readonly lines: number;
}

/** Bytes asked of the file at a time: about 1% of a 100 MB file, so the bar moves smoothly. */
const CHUNK_BYTES = 1024 * 1024;

/** The encoding a byte order mark names and the mark's length, or null without one. */
function byteOrderMark(head: Uint8Array): { label: string; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { label: 'utf-8', length: 3 };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return null;
}

/** Occurrences of a character in a text, by native search. */
function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * The Worker's own answer for bytes that do not decode: the file read the
 * way `readTextBody` reads a `text/csv` body with that charset, so the error
 * (line, byte offset, the charset to declare) is the API's word for word.
 */
async function refusal(file: Blob, charset: string | undefined): Promise<never> {
  const contentType = charset === undefined ? 'text/csv' : `text/csv; charset=${charset}`;
  await readTextBody(
    new Request('http://localhost/', {
      method: 'POST',
      body: file,
      headers: { 'content-type': contentType },
    }),
  );
  // The whole-file read accepted what the streaming decode refused: they disagree.
  throw new Error(`the file decodes as a whole but not in parts (charset ${charset ?? 'utf-8'})`);
}

/**
 * Reads a file as text in 1 MB parts, decoding it exactly as the Worker's
 * `readTextBody` decodes a `text/csv` body: a byte order mark decides
 * (UTF-8, UTF-16LE, UTF-16BE) and is dropped; else `charset` decides (any
 * WHATWG Encoding Standard label, such as windows-1252 or gb18030); else the
 * file must be UTF-8. Decoding is strict, part by part (`stream: true`), so a
 * bad byte stops the read; the file is then read once more by `readTextBody`
 * for the API's own error.
 *
 * Cost: O(file size); memory is the text (one or two bytes a character) and one part.
 *
 * @param file - the file or blob
 * @param charset - the charset it was saved in, when it has no byte order mark and is not UTF-8
 * @param onProgress - told of the bytes read so far after each part
 * @returns the text and its line count
 * @throws ProblemError `unsupportedMediaType` when the charset is unknown or a byte does not decode
 */
export async function readFileText(
  file: Blob,
  charset: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<FileText> {
  const head = new Uint8Array(await file.slice(0, 3).arrayBuffer());
  const mark = byteOrderMark(head);
  const label = mark?.label ?? charset ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return refusal(file, charset);
  }
  const parts: string[] = [];
  let lineFeeds = 0;
  let returns = 0;
  const keep = (part: string) => {
    if (part === '') return;
    parts.push(part);
    lineFeeds += countOf(part, '\n');
    returns += countOf(part, '\r');
  };
  const total = file.size;
  let done = mark?.length ?? 0;
  try {
    while (done < total) {
      const end = Math.min(done + CHUNK_BYTES, total);
      const bytes = new Uint8Array(await file.slice(done, end).arrayBuffer());
      keep(decoder.decode(bytes, { stream: true }));
      done = end;
      onProgress(done, total);
    }
    keep(decoder.decode());
  } catch {
    return refusal(file, charset);
  }
  onProgress(total, total);
  // CRLF text has as many CRs as LFs, old Mac text only CRs: the larger count is the line breaks.
  return { text: parts.join(''), lines: Math.max(lineFeeds, returns) + 1 };
}

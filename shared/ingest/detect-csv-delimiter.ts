const CANDIDATES = [',', ';', '\t'] as const;
const QUOTE = 34;
const LF = 10;

/**
 * Guesses the delimiter of CSV text from its first record: whichever of
 * comma, semicolon and tab occurs most often outside quotes (ties go to the
 * earlier one in that list; comma when none occurs). Semicolons are what
 * spreadsheets write in locales that use a decimal comma.
 *
 * @param text - CSV text, header first
 * @returns `','`, `';'` or `'\t'`
 * @example
 * detectCsvDelimiter('stage;amount\nWon;1,5') // => ';'
 */
export function detectCsvDelimiter(text: string): string {
  const counts = [0, 0, 0];
  const codes = CANDIDATES.map((c) => c.charCodeAt(0));
  let quoted = false;
  const limit = Math.min(text.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (code === LF) break;
    else if (code === codes[0]) counts[0]++;
    else if (code === codes[1]) counts[1]++;
    else if (code === codes[2]) counts[2]++;
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
  return CANDIDATES[best];
}

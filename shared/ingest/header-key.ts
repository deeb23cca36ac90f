/**
 * The matching key of a header text: lower case, with everything that is
 * not a letter or digit removed, so `Close Date`, `close_date` and
 * `CLOSE-DATE` meet.
 */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The header without a trailing unit in parentheses: `Amount (USD)` → `Amount`. */
export function withoutUnit(text: string): string {
  return text.replace(/\s*[(（][^()（）]*[)）]\s*$/, '');
}

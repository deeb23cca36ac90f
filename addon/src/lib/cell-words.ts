import { isBlank } from '../../../shared/ingest/cell-text';

/**
 * The words of a list cell, trimmed, blanks dropped: items separated by
 * commas, semicolons, `、` or line breaks, in English or Chinese punctuation.
 *
 * @example
 * cellWords('Champion、 economic buyer; ') // => ['Champion', 'economic buyer']
 */
export function cellWords(value: unknown): string[] {
  if (isBlank(value)) return [];
  return String(value)
    .split(/[,，、;；\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

/**
 * The lookup key for a stage name or alias: lower case with spaces, hyphens
 * and underscores removed, so `Closed-Won`, `closed won` and `CLOSED_WON`
 * meet (playbook §1: aliases are case- and space-insensitive).
 *
 * @param text - a stage name as typed
 * @returns the key used by the stage table index
 * @example
 * normalizeStageKey(' Closed-Won ') // => 'closedwon'
 */
export function normalizeStageKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-_\u3000]+/g, '');
}

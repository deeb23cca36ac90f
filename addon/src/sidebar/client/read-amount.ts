// An amount a user types in a sidebar field, read the way the Worker will take it.

/**
 * An amount typed in a field: a number (thousands commas allowed), undefined
 * when empty, or the reason it is not one.
 */
export function readAmount(text: string): number | undefined | 'notNumber' | 'negative' {
  const plain = text.trim().replace(/,/g, '');
  if (plain === '') return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return 'notNumber';
  const value = Number(plain);
  return value < 0 ? 'negative' : value;
}

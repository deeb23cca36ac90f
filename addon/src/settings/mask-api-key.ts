/**
 * A saved API key as the settings sidebar may show it: only its last four
 * characters, so the key never travels back to the browser.
 *
 * @example
 * maskApiKey('sp_0123456789abcdef_…3f9a') // => '••••3f9a'
 * maskApiKey(null) // => ''
 */
export function maskApiKey(key: string | null): string {
  if (!key) return '';
  return `••••${key.slice(-4)}`;
}

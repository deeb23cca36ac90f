/**
 * The addresses Apps Script lets the add-on fetch: the `urlFetchWhitelist`
 * of appsscript.json (each entry a `https://host/path/` prefix, `*` standing
 * for subdomains). Kept equal to the manifest by a test.
 */
export const URL_FETCH_WHITELIST: readonly string[] = ['https://*.workers.dev/'];

/**
 * GET `{baseUrl}{path}?{query}` from the analytics Worker with the user's API
 * key (`Authorization: Bearer …`) and returns the parsed JSON body.
 *
 * @throws Error saying what went wrong in plain words: the status and the
 *   problem body's title/detail for a non-2xx answer, or an unreadable body
 */
export function fetchWorkerJson(
  baseUrl: string,
  apiKey: string,
  path: string,
  query: Readonly<Record<string, string>>,
): unknown {
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;
  const response = UrlFetchApp.fetch(url, {
    method: 'get',
    headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
    muteHttpExceptions: true,
    followRedirects: false,
  });
  const status = response.getResponseCode();
  const body = response.getContentText();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  if (status < 200 || status >= 300) {
    const problem = (json ?? {}) as { title?: unknown; detail?: unknown };
    const said = [problem.title, problem.detail].filter((t) => typeof t === 'string').join(': ');
    throw new Error(`${path} answered HTTP ${status}${said ? ` (${said})` : ''}`);
  }
  if (json === undefined) throw new Error(`${path} did not answer with JSON`);
  return json;
}

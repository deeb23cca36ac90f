import { API_KEY_KEY, API_KEY_URL_KEY, type Settings } from '../settings/settings';

/** A Worker answer: its status and JSON body ({} when it sent none). */
export interface WorkerAnswer {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: each caller reads the fields it needs
  readonly body: Record<string, any>;
}

/**
 * A caller of the analytics Worker from Settings with the user's own API
 * key, which is only ever sent to the URL it was saved with (see
 * saveSettings), or why there is none. It asks for problems in the user's
 * language and never throws on an HTTP status (a network failure still
 * throws UrlFetch's error); `payload` makes it a JSON POST (or `method`);
 * `headers` are sent as well (such as If-Match).
 */
export function workerCaller(
  settings: Settings,
):
  | ((
      path: string,
      payload?: object,
      method?: 'put',
      headers?: Record<string, string>,
    ) => WorkerAnswer)
  | 'noWorker'
  | 'noKey' {
  const url = settings.workerUrl;
  if (!url) return 'noWorker';
  const user = PropertiesService.getUserProperties();
  const key = user.getProperty(API_KEY_KEY);
  if (!key || user.getProperty(API_KEY_URL_KEY) !== url) return 'noKey';
  return (path, payload, method, headers) => {
    const response = UrlFetchApp.fetch(url + path, {
      method: method || (payload ? 'post' : 'get'),
      headers: { ...headers, Authorization: `Bearer ${key}`, 'Accept-Language': settings.language },
      muteHttpExceptions: true,
      followRedirects: false,
      ...(payload ? { contentType: 'application/json', payload: JSON.stringify(payload) } : {}),
    });
    let body = {};
    try {
      body = JSON.parse(response.getContentText()) || {};
    } catch {
      // not JSON: the status says enough
    }
    return { status: response.getResponseCode(), body };
  };
}

/** A refused request in one line: "HTTP 404: No snapshot of 2026-11-23…". */
export const problemLine = ({ status, body }: WorkerAnswer) => `HTTP ${status}: ${body.detail}`;

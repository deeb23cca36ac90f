import { env, exports } from 'cloudflare:workers';
import { insertKey } from '../../worker/db/keys';
import { generateKey } from '../../worker/src/auth';

let client = 0;

/**
 * Sends a request to the Worker under test. Each request comes from its own
 * client address so anonymous requests do not share one rate-limit budget.
 */
export function call(path: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(`http://127.0.0.1${path}`, init);
  if (!request.headers.has('cf-connecting-ip')) {
    client += 1;
    request.headers.set(
      'cf-connecting-ip',
      `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
    );
  }
  return exports.default.fetch(request);
}

/** POSTs a JSON body, with a key when given. */
export function postJson(path: string, body: unknown, key?: string): Promise<Response> {
  return call(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** GETs a path with a key. */
export function getWithKey(path: string, key: string): Promise<Response> {
  return call(path, { headers: { authorization: `Bearer ${key}` } });
}

/** Makes a key for a team in the test database and returns it. */
export async function keyFor(team: string): Promise<{ id: string; key: string }> {
  const made = await generateKey();
  await insertKey(env.DB, { id: made.id, team, hash: made.hash, created: '2026-01-01T00:00:00Z' });
  return { id: made.id, key: made.key };
}

/** Reads a problem body and checks its content type. */
export async function problemOf(res: Response) {
  const type = res.headers.get('content-type');
  if (type !== 'application/problem+json') {
    throw new Error(`expected a problem body, got ${type}: ${await res.text()}`);
  }
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors: { row?: number; column?: string; field?: string; value?: string; message: string }[];
  };
}

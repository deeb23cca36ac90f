import { createMiddleware } from 'hono/factory';
import { findKey } from '../db/keys';
import type { AppEnv } from './app-env';
import { ProblemError } from './problem';

/**
 * API keys look like `sp_<id>_<secret>`: the id (16 hex digits) finds the
 * row, the SHA-256 of the whole key is compared with the stored hash in
 * constant time. Only hashes are stored; the key itself is shown once.
 */
const KEY_PATTERN = /^sp_([0-9a-f]{16})_([0-9a-f]{64})$/;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

const fromHex = (text: string) => {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
};

/** SHA-256 of a key, as 64 hex digits (the form stored in the `keys` table). */
async function hashKey(key: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
}

/** Makes a new random key for a team: the key (show it once) and what to store. */
export async function generateKey(): Promise<{ id: string; key: string; hash: string }> {
  const id = hex(crypto.getRandomValues(new Uint8Array(8)));
  const key = `sp_${id}_${hex(crypto.getRandomValues(new Uint8Array(32)))}`;
  return { id, key, hash: await hashKey(key) };
}

/** Compares two equal-length hex digests without leaking where they differ. */
function sameDigest(a: string, b: string): boolean {
  const left = fromHex(a);
  const right = fromHex(b);
  if (left.byteLength !== right.byteLength) return false;
  return crypto.subtle.timingSafeEqual(left, right);
}

/** The challenge of a 401 answer (RFC 6750 §3). */
const CHALLENGE = 'Bearer realm="sales-playbook"';

/** `WWW-Authenticate` of a 401 answer; `invalid_token` when a key was sent but is wrong. */
export const challenge = (error?: 'invalid_token') => ({
  'WWW-Authenticate': error ? `${CHALLENGE}, error="${error}"` : CHALLENGE,
});

/**
 * Reads the key from `Authorization: Bearer …` or `X-API-Key`. Any other
 * `Authorization` scheme (Basic, Token, …) is refused with a 401 rather than
 * ignored, so a client that means to authenticate never runs anonymously.
 */
function presentedKey(headers: { header(name: string): string | undefined }): string | undefined {
  const auth = headers.header('authorization')?.trim();
  if (auth) {
    const [scheme = '', ...rest] = auth.split(/\s+/);
    if (scheme.toLowerCase() !== 'bearer') {
      throw new ProblemError(
        'unauthorized',
        `The "${scheme}" authorization scheme is not supported: send the API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".`,
        [],
        challenge(),
      );
    }
    return rest.join(' ') || undefined;
  }
  return headers.header('x-api-key')?.trim() || undefined;
}

/**
 * Finds the team of the request's key. Answers 401 when the key is missing,
 * malformed, unknown or revoked; a wrong key costs the same digest
 * comparison as a right one.
 */
export async function authenticate(
  db: D1Database,
  headers: { header(name: string): string | undefined },
): Promise<string> {
  const key = presentedKey(headers);
  if (!key) {
    throw new ProblemError(
      'unauthorized',
      'Send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".',
      [],
      challenge(),
    );
  }
  const match = KEY_PATTERN.exec(key);
  const record = match ? await findKey(db, match[1]) : null;
  const digest = await hashKey(key);
  const expected = record?.hash ?? '0'.repeat(64);
  const matches = sameDigest(digest, expected);
  if (!record || !matches || record.revoked) {
    throw new ProblemError(
      'invalidKey',
      'The API key is unknown or has been revoked.',
      [],
      challenge('invalid_token'),
    );
  }
  return record.team;
}

/** Middleware for routes that need a key: sets `team` from the key. */
export const requireKey = createMiddleware<AppEnv>(async (c, next) => {
  c.set('team', await authenticate(c.env.DB, c.req));
  await next();
});

/**
 * Middleware for `/v1/analyze`: checks the key when `REQUIRE_KEY_FOR_ANALYZE`
 * is `"true"` or when one is sent, and sets `team`, so the rate limit that
 * follows counts per team; requests without a key stay anonymous.
 */
export const keyForAnalyze = createMiddleware<AppEnv>(async (c, next) => {
  if (
    c.env.REQUIRE_KEY_FOR_ANALYZE === 'true' ||
    presentedKey(c.req) !== undefined ||
    c.req.header('authorization') !== undefined
  ) {
    c.set('team', await authenticate(c.env.DB, c.req));
  }
  await next();
});

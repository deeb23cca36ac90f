import { challenge } from '../auth';
import { ProblemError } from '../problem';
import { createRouter } from '../router';
import { migrateFromD1 } from '../storage/migrate-d1';

const encoder = new TextEncoder();

/** Whether `given` is the admin token, compared as SHA-256 digests in constant time. */
async function isAdminToken(given: string, token: string): Promise<boolean> {
  const [a, b] = await Promise.all(
    [given, token].map((t) => crypto.subtle.digest('SHA-256', encoder.encode(t))),
  );
  return crypto.subtle.timingSafeEqual(a, b);
}

/** A whole number query parameter, or the fallback when absent. */
function wholeQuery(
  value: string | undefined,
  name: string,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d{1,15}$/.test(value) || n > max) {
    throw new ProblemError(
      'invalidRequest',
      `Query "${name}" must be a whole number up to ${max}.`,
      [{ field: name, value, message: `a whole number 0..${max}` }],
    );
  }
  return n;
}

/**
 * POST /v1/admin/migrate-storage?after=<n>&limit=<n>: copies the next
 * snapshots of the old D1 tables into their teams' objects (see
 * storage/migrate-d1.ts). Only with `Authorization: Bearer <ADMIN_TOKEN>`,
 * a secret (`wrangler secret put ADMIN_TOKEN`); without that secret the
 * route answers 404. `npm run migrate-storage` calls it until `next` is null.
 */
export const adminStorage = createRouter().post('/v1/admin/migrate-storage', async (c) => {
  const token = c.env.ADMIN_TOKEN;
  if (!token) throw new ProblemError('notFound', 'There is no POST /v1/admin/migrate-storage.');
  const auth = c.req.header('authorization') ?? '';
  const given = /^Bearer\s+(\S+)$/i.exec(auth.trim())?.[1];
  if (!given || !(await isAdminToken(given, token))) {
    throw new ProblemError(
      'unauthorized',
      'Send the admin token as "Authorization: Bearer <ADMIN_TOKEN>".',
      [],
      challenge(given ? 'invalid_token' : undefined),
    );
  }
  const after = wholeQuery(c.req.query('after'), 'after', 0, Number.MAX_SAFE_INTEGER);
  const limit = wholeQuery(c.req.query('limit'), 'limit', 20, 200);
  const step = await migrateFromD1(c.env.DB, c.env.TEAM_SNAPSHOTS, { after, limit: limit || 1 });
  return c.json(step, 200);
});

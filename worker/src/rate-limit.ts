import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';
import { ProblemError } from './problem';

/**
 * A middleware that counts each request against a Workers rate-limit
 * binding: per team when a key was checked, otherwise per client address;
 * past the limit it answers 429 with Retry-After.
 */
function limitWith(binding: 'WRITE_LIMITER' | 'READ_LIMITER', what: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.get('team') ?? c.req.header('cf-connecting-ip') ?? 'anonymous';
    const { success } = await c.env[binding].limit({ key });
    if (!success) {
      throw new ProblemError(
        'rateLimited',
        `Too many ${what} requests; try again in a minute.`,
        [],
        {
          'Retry-After': '60',
        },
      );
    }
    await next();
  });
}

/** Limits write requests with the `WRITE_LIMITER` binding. */
export const rateLimit = limitWith('WRITE_LIMITER', 'write');

/** Limits reads of the team's history with the `READ_LIMITER` binding; put it after `requireKey`. */
export const readRateLimit = limitWith('READ_LIMITER', 'read');

import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';
import { ProblemError } from './problem';

/**
 * Limits write requests with the Workers rate-limit binding: per team when a
 * key was checked, otherwise per client address.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.get('team') ?? c.req.header('cf-connecting-ip') ?? 'anonymous';
  const { success } = await c.env.WRITE_LIMITER.limit({ key });
  if (!success) {
    throw new ProblemError('rateLimited', 'Too many write requests; try again in a minute.', [], {
      'Retry-After': '60',
    });
  }
  await next();
});

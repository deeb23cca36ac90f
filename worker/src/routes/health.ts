import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../router';

export const health = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    summary: 'Liveness check',
    responses: {
      200: {
        description: 'The Worker is up',
        content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
      },
    },
  }),
  (c) => c.json({ status: 'ok' as const }, 200),
);

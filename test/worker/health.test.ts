import { describe, expect, it } from 'vitest';
import { call, problemOf } from './helpers';

describe('GET /health', () => {
  it('answers 200 with status ok', async () => {
    const res = await call('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with a 404 problem', async () => {
    const res = await call('/nowhere');
    expect(res.status).toBe(404);
    const body = await problemOf(res);
    expect(body.title).toBe('Not found');
    expect(body.detail).toContain('/nowhere');
  });
});

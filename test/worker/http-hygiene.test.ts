import { beforeAll, describe, expect, it } from 'vitest';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';

const CSV = [
  'Deal ID,Owner,Stage,Amount,Created,Close Date',
  'A,Ana,Negotiation,50000,2026-01-01,2026-03-15',
  'B,Ben,Closed Won,20000,2026-01-05,2026-02-10',
].join('\n');

let key: string;
beforeAll(async () => {
  key = (await keyFor('hygiene')).key;
});

describe('security headers', () => {
  it.each([
    ['a JSON answer', () => call('/health')],
    ['a problem body', () => call('/v1/nothing-here')],
    ['the OpenAPI document', () => call('/openapi.json')],
    ['the docs page', () => call('/docs')],
  ])('puts nosniff, no-referrer and a CSP forbidding framing on %s', async (_name, send) => {
    const res = await send();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('gives a JSON answer a CSP that allows nothing to load', async () => {
    const res = await call('/health');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('lets the docs page run only its own inline script, by its hash', async () => {
    const res = await call('/docs');
    const policy = res.headers.get('content-security-policy') ?? '';
    const hash = /script-src 'self' 'sha256-([^']+)'/.exec(policy)?.[1];
    expect(hash, policy).toBeDefined();
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const inline = [...(await res.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(inline).toHaveLength(1);
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(inline[0][1]));
    expect(btoa(String.fromCharCode(...new Uint8Array(digest)))).toBe(hash);
  });
});

describe('methods a path does not answer', () => {
  it.each([
    ['PUT', '/v1/analyze', 'POST, OPTIONS'],
    ['DELETE', '/v1/snapshots', 'POST, GET, HEAD, OPTIONS'],
    ['GET', '/v1/snapshots/2026-02-01', 'DELETE, OPTIONS'],
    ['POST', '/v1/snapshots/2026-02-01', 'DELETE, OPTIONS'],
    ['POST', '/v1/trends', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/v1/deal-history', 'GET, HEAD, OPTIONS'],
    ['GET', '/v1/forecast-calls/2026-Q4/Ann', 'PUT, OPTIONS'],
    ['DELETE', '/v1/forecast-calls/2026-Q4/Ann', 'PUT, OPTIONS'],
    ['PUT', '/v1/forecast-calls', 'GET, HEAD, OPTIONS'],
    ['POST', '/v1/forecast-accuracy/reps', 'GET, HEAD, OPTIONS'],
    ['PATCH', '/health', 'GET, HEAD, OPTIONS'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await call(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(allow.split(', ').sort());
    const body = await problemOf(res);
    expect(body.type).toBe('/docs#problem-method-not-allowed');
    expect(body.title).toBe('Method not allowed');
    expect(body.detail).toContain(method);
  });

  it('answers OPTIONS and HEAD where Allow lists them', async () => {
    expect((await call('/v1/analyze', { method: 'OPTIONS' })).status).toBe(204);
    expect((await call('/health', { method: 'HEAD' })).status).toBe(200);
  });

  it('still answers 404 for a path no method answers', async () => {
    const res = await call('/v1/nowhere', { method: 'PUT' });
    expect(res.status).toBe(404);
    expect(res.headers.get('allow')).toBeNull();
  });

  it('lists methodNotAllowed on the docs page', async () => {
    expect(await (await call('/docs')).text()).toContain('id="problem-method-not-allowed"');
  });

  it('translates the 405 problem for ?lang=zh', async () => {
    const body = await problemOf(await call('/v1/analyze?lang=zh', { method: 'PUT' }));
    expect(body.title).toBe('不允许的请求方法');
    expect(body.detail).toContain('只接受');
  });
});

describe('401 answers', () => {
  it('challenges a request without a key with WWW-Authenticate: Bearer', async () => {
    const res = await call('/v1/snapshots');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="sales-playbook"');
  });

  it('marks a wrong key as invalid_token', async () => {
    const res = await getWithKey('/v1/snapshots', `sp_${'0'.repeat(16)}_${'1'.repeat(64)}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(
      'Bearer realm="sales-playbook", error="invalid_token"',
    );
  });

  it.each([
    ['Basic', `Basic ${btoa('user:password')}`],
    ['Token', 'Token abc'],
    ['Digest', 'Digest username="x"'],
  ])(
    'refuses the %s scheme on /v1/analyze instead of running anonymously',
    async (scheme, value) => {
      const res = await call('/v1/analyze', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: value },
        body: CSV,
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="sales-playbook"');
      const body = await problemOf(res);
      expect(body.detail).toContain(`"${scheme}"`);
      expect(body.detail).toContain('Bearer');
      expect(body.detail).toContain('X-API-Key');
    },
  );

  it('refuses another scheme even next to a good X-API-Key', async () => {
    const res = await call('/v1/snapshots', {
      headers: { authorization: 'Basic eDp5', 'x-api-key': key },
    });
    expect(res.status).toBe(401);
  });

  it('still accepts a lower-case bearer scheme and X-API-Key alone', async () => {
    expect(
      (await call('/v1/snapshots', { headers: { authorization: `bearer ${key}` } })).status,
    ).toBe(200);
    expect((await call('/v1/snapshots', { headers: { 'x-api-key': key } })).status).toBe(200);
  });

  it('still analyzes an anonymous request', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: CSV,
    });
    expect(res.status).toBe(200);
  });
});

describe('query parameters', () => {
  it('names an unknown query parameter as such, not as the body', async () => {
    const body = await problemOf(await getWithKey('/v1/reports/monthly?month=2026-03&foo=1', key));
    expect(body.status).toBe(400);
    expect(body.detail).toMatch(/^Query parameter foo: /);
    expect(body.errors).toEqual([
      { field: 'foo', message: 'is not a query parameter of this endpoint' },
    ]);
  });

  it('names a bad query parameter with its value', async () => {
    const body = await problemOf(
      await getWithKey('/v1/trends?from=2026-01&to=2026-03&quota=-5', key),
    );
    expect(body.status).toBe(400);
    expect(body.detail).toMatch(/^Query parameter quota: /);
    expect(body.errors[0]).toMatchObject({ field: 'quota', value: '-5' });
  });

  it('says all of it in Chinese for ?lang=zh', async () => {
    const unknown = await problemOf(
      await getWithKey('/v1/reports/monthly?month=2026-03&foo=1&lang=zh', key),
    );
    expect(unknown.detail).toBe('查询参数 foo：不是此端点的查询参数');
    const bad = await problemOf(
      await getWithKey('/v1/trends?from=2026-01&to=2026-03&quota=1e3&lang=zh', key),
    );
    expect(bad.detail).toBe('查询参数 quota：必须是普通十进制数，如 1000 或 2500.50');
    const scheme = await problemOf(
      await call('/v1/snapshots?lang=zh', { headers: { authorization: 'Basic eDp5' } }),
    );
    expect(scheme.detail).toMatch(/^不支持 "Basic" 授权方式/);
  });

  it('keeps body fields named as before', async () => {
    const body = await problemOf(await postJson('/v1/analyze', { csv: CSV, extra: 1 }));
    expect(body.status).toBe(400);
    expect(body.detail).not.toMatch(/^Query/);
  });

  it.each(['', '0x10', '1e3', ' 5', '5 ', '5abc', '+5', '-5', '.5', '5.', 'Infinity', 'NaN'])(
    'refuses quota=%j, which is not a plain decimal',
    async (quota) => {
      const res = await getWithKey(
        `/v1/trends?from=2026-01&to=2026-03&quota=${encodeURIComponent(quota)}`,
        key,
      );
      const body = await problemOf(res);
      expect(body.status).toBe(400);
      expect(body.errors[0].field).toBe('quota');
    },
  );

  it.each(['0', '100000', '2500.50'])('accepts quota=%s', async (quota) => {
    await postJson('/v1/snapshots', { asOf: '2026-02-01', csv: CSV }, key);
    const res = await getWithKey(`/v1/trends?from=2026-01&to=2026-03&quota=${quota}`, key);
    expect(res.status).toBe(200);
  });
});

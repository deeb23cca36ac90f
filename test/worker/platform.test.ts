import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { PROBLEMS, type ProblemKind, problemAnchor } from '../../worker/src/problem';
import { call, keyFor, postJson, problemOf } from './helpers';

describe('GET /openapi.json', () => {
  it('documents every endpoint from the schemas that validate requests', async () => {
    const res = await call('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
      components: { schemas: Record<string, { additionalProperties?: boolean }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/health',
      '/v1/analyze',
      '/v1/cohorts',
      '/v1/deal-history',
      '/v1/forecast-accuracy',
      '/v1/forecast-accuracy/reps',
      '/v1/forecast-calls',
      '/v1/forecast-calls/{period}/{rep}',
      '/v1/reports/monthly',
      '/v1/snapshots',
      '/v1/snapshots/{date}',
      '/v1/trends',
      '/v1/waterfall',
    ]);
    expect(Object.keys(doc.paths['/v1/analyze'].post.requestBody?.content ?? {})).toEqual([
      'application/json',
      'text/csv',
    ]);
    // Strict request schemas show up as closed objects.
    expect(doc.components.schemas.AnalyzeOptions.additionalProperties).toBe(false);
  });
});

describe('GET /docs', () => {
  it('serves the Swagger UI page for /openapi.json with an entry for every problem type', async () => {
    const res = await call('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=/);
    const html = await res.text();
    // The renderer and its styles come from this Worker's own assets, not a CDN.
    expect(html).toContain('src="/dist/api-docs/swagger-ui-bundle.js"');
    expect(html).toContain('href="/dist/api-docs/swagger-ui.css"');
    expect(html).toContain("url: '/openapi.json'");
    expect(html).not.toMatch(/https?:\/\//);
    for (const kind of Object.keys(PROBLEMS) as ProblemKind[]) {
      expect(html).toContain(`id="${problemAnchor(kind)}"`);
    }
    expect(html).toContain('id="problem-body-too-large"');
  });
});

describe('CORS', () => {
  it('allows a configured origin', async () => {
    const res = await call('/health', { headers: { origin: 'http://127.0.0.1:8787' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8787');
  });

  it('does not allow another origin, on answers and on errors', async () => {
    const ok = await call('/health', { headers: { origin: 'https://evil.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBeNull();
    const error = await call('/v1/snapshots', { headers: { origin: 'https://evil.example' } });
    expect(error.status).toBe(401);
    expect(error.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin when ALLOWED_ORIGINS is "*"', async () => {
    const res = await app.fetch(
      new Request('http://127.0.0.1/health', { headers: { origin: 'https://sheets.example' } }),
      { ...env, ALLOWED_ORIGINS: '*' },
    );
    expect(res.headers.get('access-control-allow-origin')).toBe('https://sheets.example');
  });

  it('answers a preflight from a configured origin with the allowed headers', async () => {
    const res = await call('/v1/analyze', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8787',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });

  it('lets a page guard its snapshot writes with If-Match and read the ETag', async () => {
    const preflight = await call('/v1/snapshots', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8787',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'if-match, if-none-match, accept-language',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-Match/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/If-None-Match/);
    const { key } = await keyFor('cors-versions');
    const write = await call('/v1/snapshots', {
      method: 'POST',
      headers: {
        origin: 'http://localhost:8787',
        'content-type': 'application/json',
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ asOf: '2026-03-01', csv: 'Deal ID,Stage,Amount\nD-1,Proposal,1' }),
    });
    expect(write.status).toBe(201);
    expect(write.headers.get('access-control-expose-headers')).toMatch(/ETag/);
  });
});

describe('rate limiting of writes', () => {
  it('answers 429 Too many requests once a team passes its limit', async () => {
    const { key } = await keyFor('busy');
    const body = { asOf: '2026-03-01', csv: 'Deal ID,Stage,Amount\nD-1,Proposal,1' };
    let limited: Response | undefined;
    // wrangler.toml allows 60 writes a minute per team.
    for (let i = 0; i < 80 && !limited; i++) {
      const res = await postJson('/v1/snapshots', body, key);
      if (res.status === 429) limited = res;
      else expect(res.status).toBeLessThan(300);
    }
    expect(limited).toBeDefined();
    const problem = await problemOf(limited as Response);
    expect(problem.title).toBe('Too many requests');
    expect(limited?.headers.get('retry-after')).toBe('60');
  });
});

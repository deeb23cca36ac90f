import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, keyFor, postJson, problemOf } from './helpers';

const HEADER = 'Deal ID,Account,Stage,Amount,Created,Close Date';

const post = (body: BodyInit, contentType?: string) =>
  call('/v1/analyze', {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });

describe('error answers are problem+json with a clear title', () => {
  it('answers malformed JSON with 400 Malformed JSON', async () => {
    const body = await problemOf(await post('{"csv": "a,b', 'application/json'));
    expect(body.status).toBe(400);
    expect(body.title).toBe('Malformed JSON');
  });

  it('answers a wrong content type with 415', async () => {
    const body = await problemOf(await post('csv=1', 'application/x-www-form-urlencoded'));
    expect(body.status).toBe(415);
    expect(body.title).toBe('Unsupported content type');
  });

  it('answers an unknown option with 400 naming the field', async () => {
    const res = await postJson('/v1/analyze', {
      csv: `${HEADER}\nD,A,Proposal,1,,`,
      options: { colour: 'red' },
    });
    const body = await problemOf(res);
    expect(body.status).toBe(400);
    expect(body.title).toBe('Invalid request');
    expect(body.errors[0].field).toBe('options');
    expect(body.errors[0].message).toMatch(/colour/);
  });

  it('answers an unknown top-level field with 400', async () => {
    const body = await problemOf(await postJson('/v1/analyze', { csv: 'x', extra: 1 }));
    expect(body.status).toBe(400);
  });

  it('answers both csv and rows with 400', async () => {
    const body = await problemOf(await postJson('/v1/analyze', { csv: 'x', rows: [['x']] }));
    expect(body.status).toBe(400);
    expect(body.detail).toMatch(/either "csv" or "rows"/);
  });

  it('answers a bad stage table option with 400 naming the stage field', async () => {
    const res = await postJson('/v1/analyze', {
      csv: `${HEADER}\nD,A,Pitch,1,,`,
      options: { stages: [{ name: 'Pitch', probability: 1.5, kind: 'open' }] },
    });
    const body = await problemOf(res);
    expect(body.status).toBe(400);
    expect(body.errors[0].field).toBe('options.stages.0.probability');
  });

  it('answers a stage table with a duplicate alias with 422', async () => {
    const res = await postJson('/v1/analyze', {
      csv: `${HEADER}\nD,A,Pitch,1,,`,
      options: {
        stages: [
          { name: 'Pitch', probability: 0.5, kind: 'open' },
          { name: 'Won', probability: 1, kind: 'won', aliases: ['Pitch'] },
        ],
      },
    });
    const body = await problemOf(res);
    expect(body.status).toBe(422);
    expect(body.detail).toMatch(/Pitch/);
  });

  it('answers a pipeline where no row can be read with 422 naming row and column', async () => {
    // One field too many on every row: nothing can be read safely.
    const res = await postJson('/v1/analyze', {
      csv: `${HEADER}\nD-1,Acme,Proposal,$1,200,2026-01-01,2026-02-01`,
    });
    const body = await problemOf(res);
    expect(body.status).toBe(422);
    expect(body.title).toBe('Invalid pipeline data');
    expect(body.errors[0]).toMatchObject({ row: 2 });
    expect(body.errors[0].message).toMatch(/7 fields, more than the header's 6/);
  });

  it('answers an unparseable date in a rows body with the row and column in the list', async () => {
    const res = await postJson('/v1/analyze', {
      rows: [HEADER.split(','), ['D-1', 'Acme', 'Proposal', '100', '2026-13-45', '2026-02-01']],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { errors: { row: number; column: string }[] };
    expect(body.errors[0]).toMatchObject({ row: 2, column: 'Created' });
  });

  it('answers an impossible asOf with 400 naming options.asOf', async () => {
    const body = await problemOf(
      await postJson('/v1/analyze', {
        csv: `${HEADER}\nD,A,Proposal,1,,`,
        options: { asOf: '2026-02-30' },
      }),
    );
    expect(body.status).toBe(400);
    expect(body.errors[0].field).toBe('options.asOf');
  });

  it.each([
    ['an empty CSV string', { csv: '' }],
    ['a blank CSV string', { csv: ' \n \n' }],
    ['no rows', { rows: [] }],
    ['blank rows', { rows: [['', null]] }],
    ['a header with no deals', { csv: HEADER }],
  ])('answers %s with 422 Empty input', async (_, payload) => {
    const body = await problemOf(await postJson('/v1/analyze', payload));
    expect(body.status).toBe(422);
    expect(body.title).toBe('Empty input');
  });

  it('answers an object with neither csv nor rows with 400 saying what to send', async () => {
    const body = await problemOf(await postJson('/v1/analyze', {}));
    expect(body.status).toBe(400);
    expect(body.detail).toMatch(/either "csv" or "rows"/);
  });

  it('answers a POST without a body with 422 Empty input', async () => {
    const body = await problemOf(await call('/v1/analyze', { method: 'POST' }));
    expect(body.title).toBe('Empty input');
  });

  it('answers a body over the size limit with 413 before reading it', async () => {
    // The test configuration sets MAX_BODY_BYTES to 200,000.
    const csv = `${HEADER}\n${'D,A,Proposal,1,,\n'.repeat(15_000)}`;
    const body = await problemOf(await postJson('/v1/analyze', { csv }));
    expect(body.status).toBe(413);
    expect(body.title).toBe('Request body too large');
  });

  it('answers a wrong method on a known path with a 405 problem', async () => {
    const res = await call('/v1/analyze', { method: 'GET' });
    expect(res.status).toBe(405);
    expect((await problemOf(res)).status).toBe(405);
  });
});

describe('no input produces a 500', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  const pipelineLike = fc.record(
    {
      csv: fc.oneof(
        fc.string(),
        fc.constant(`${HEADER}\n`).chain((h) => fc.string().map((s) => h + s)),
      ),
      rows: fc.array(
        fc.array(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), {
          maxLength: 8,
        }),
        {
          maxLength: 6,
        },
      ),
      options: fc.oneof(
        anyJson,
        fc.record(
          {
            asOf: fc.string(),
            dateOrder: fc.constantFrom('MDY', 'DMY', 'YMD', 'XYZ'),
            groupBy: fc.array(fc.constantFrom('owner', 'source', 'nope')),
            stages: fc.array(
              fc.record({
                name: fc.string(),
                probability: fc.double(),
                kind: fc.constantFrom('open', 'won', 'lost', 'maybe'),
                aliases: fc.array(fc.string(), { maxLength: 3 }),
              }),
              { maxLength: 4 },
            ),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  );
  const bodies = fc.oneof(
    fc.string().map((text) => ({ text, type: 'application/json' })),
    anyJson.map((value) => ({ text: JSON.stringify(value) ?? 'null', type: 'application/json' })),
    pipelineLike.map((value) => ({ text: JSON.stringify(value), type: 'application/json' })),
    fc.string().map((text) => ({ text, type: 'text/csv' })),
    fc
      .tuple(
        fc.string(),
        fc.constantFrom('text/plain', 'application/xml', '', 'application/json; charset=utf-8'),
      )
      .map(([text, type]) => ({ text, type })),
  );

  it('answers random bodies to /v1/analyze with 2xx or a 4xx problem', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async ({ text, type }) => {
        const res = await post(text, type || undefined);
        if (res.status >= 400) {
          expect(res.status).toBeLessThan(500);
          expect(res.status).not.toBe(429);
          expect(res.headers.get('content-type')).toBe('application/problem+json');
          const body = (await res.json()) as { title: string; status: number };
          expect(body.status).toBe(res.status);
          expect(body.title.length).toBeGreaterThan(0);
        } else {
          expect(res.status).toBe(200);
          await res.arrayBuffer();
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('answers random bodies to /v1/snapshots with 2xx or a 4xx problem', async () => {
    const { key } = await keyFor('fuzz-writes');
    const snapshotBodies = fc.oneof(
      anyJson,
      pipelineLike.chain((body) => fc.string().map((asOf) => ({ ...body, asOf }))),
      pipelineLike.map((body) => ({ ...body, asOf: '2026-03-01' })),
    );
    await fc.assert(
      fc.asyncProperty(snapshotBodies, async (value) => {
        const res = await postJson('/v1/snapshots', value, key);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toBe('application/problem+json');
        }
        await res.arrayBuffer();
      }),
      { numRuns: 55 },
    );
  }, 120_000);

  it('answers random query strings to the read endpoints with an answer or a 4xx problem, never a 500', async () => {
    const { key } = await keyFor('fuzz');
    const seeded = await postJson(
      '/v1/snapshots',
      { asOf: '2026-03-01', csv: `${HEADER}\nD-1,Acme,Proposal,100,2026-01-01,2026-03-20` },
      key,
    );
    expect(seeded.status).toBe(201);
    const paths = [
      '/v1/waterfall',
      '/v1/trends',
      '/v1/forecast-accuracy',
      '/v1/reports/monthly',
      '/v1/snapshots',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.dictionary(fc.constantFrom('from', 'to', 'period', 'month', 'quota', 'x'), fc.string()),
        async (path, query) => {
          const res = await call(`${path}?${new URLSearchParams(query)}`, {
            headers: { authorization: `Bearer ${key}` },
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('content-type')).toBe('application/problem+json');
          }
          await res.arrayBuffer();
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});

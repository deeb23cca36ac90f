import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotTrend } from '../../shared/snapshots/snapshot-trend';
import { createStageTable } from '../../shared/stages/create-stage-table';
import { DEFAULT_STAGES } from '../../shared/stages/default-stages';
import type { Deal } from '../../shared/types';
import { isoToDay } from '../../worker/src/days';
import {
  CHUNK_MAX_BYTES,
  CHUNK_MAX_DEALS,
  chunkDeals,
  decodeChunk,
  encodeChunk,
} from '../../worker/src/storage/chunk-codec';
import { encodeDeals, snapshotStore } from '../../worker/src/storage/snapshot-store';
import { summarize, trendFromSummaries } from '../../worker/src/storage/summary';
import { readStoredDeal } from '../../worker/src/stored-data';
import { keyFor, postJson } from './helpers';
import { execInObject, objectOf } from './storage-helpers';

const day = (iso: string) => isoToDay(iso, 'test');
const STAGE_NAMES = DEFAULT_STAGES.map((s) => s.name);

/** A deal as ingestion makes it, with any mix of optional fields. */
const dealArb = fc.record(
  {
    row: fc.integer({ min: 2, max: 300_000 }),
    stage: fc.constantFrom(...STAGE_NAMES),
    amount: fc.oneof(fc.constant(null), fc.double({ min: -1e7, max: 1e9, noNaN: true })),
    id: fc.string({ maxLength: 12 }),
    name: fc.string({ maxLength: 30 }),
    owner: fc.constantFrom('Ana', 'Ben', '陈', ''),
    source: fc.constantFrom('Inbound', 'Referral'),
    created: fc.integer({ min: day('2025-01-01'), max: day('2026-06-30') }),
    closeDate: fc.integer({ min: day('2025-06-01'), max: day('2026-12-31') }),
    meddpicc: fc.array(fc.constantFrom(1, 2, 3), { minLength: 8, maxLength: 8 }),
    forecastOverride: fc.constantFrom('commit', 'bestCase', 'pipeline', 'omitted'),
    probability: fc.double({ min: 0, max: 1, noNaN: true }),
    contacts: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ['row', 'stage', 'amount'] },
) as fc.Arbitrary<Deal>;

describe('compact chunks', () => {
  it('read back every deal as its JSON reads, in order, whatever the fields hold', () => {
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 40 }), fc.nat(1000), (deals, first) => {
        const reading = decodeChunk(encodeChunk(deals), 0, first, deals.length);
        const expected = deals.map((d, i) => readStoredDeal(JSON.stringify(d), first + i).deal);
        expect(reading.warnings).toEqual([]);
        expect(reading.count).toBe(deals.length);
        expect(reading.deals).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('keep every chunk under the row limit and the deal cap, splitting big deals apart', () => {
    // 60 deals of ~60 KB each (just under MAX_DEAL_BYTES) would make a 3.6 MB row in one chunk.
    const big = Array.from({ length: 60 }, (_, i) => ({
      row: i + 2,
      stage: 'Proposal',
      amount: i,
      name: `${i}`.padEnd(60_000, 'x'),
    }));
    const chunks = encodeDeals(big);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks)
      expect(new TextEncoder().encode(c.data).length).toBeLessThan(CHUNK_MAX_BYTES);
    expect(chunks.reduce((n, c) => n + c.deals, 0)).toBe(60);
    // Many small deals: no chunk holds more than CHUNK_MAX_DEALS.
    const small = Array.from({ length: 5_001 }, (_, i) => ({
      row: i + 2,
      stage: 'Won',
      amount: 1,
    }));
    const counts = chunkDeals(small, () => 40).map((c) => c.deals);
    expect(counts).toEqual([CHUNK_MAX_DEALS, CHUNK_MAX_DEALS, 1_001]);
  });

  it('take at most twice the bytes of the CSV they were read from (measured in the object)', async () => {
    // A 2,000-deal pipeline with the columns of a CRM export; the object's
    // whole database (pages, index, header) is charged against it.
    const owners = ['Ana Ortiz', 'Ben Li', 'Chen Novak', 'Dara Smith', 'Eli Wang'];
    const stages = [
      'Discovery',
      'Evaluation',
      'Proposal',
      'Negotiation',
      'Closed Won',
      'Closed Lost',
    ];
    const lines = ['Deal ID,Deal Name,Account,Owner,Source,Stage,Amount,Created,Close Date'];
    for (let i = 0; i < 2000; i++) {
      const created = new Date(Date.UTC(2025, 0, 1 + (i % 400))).toISOString().slice(0, 10);
      const close = new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString().slice(0, 10);
      lines.push(
        `D-${10_000 + i},Renewal ${i},Account ${i % 700},${owners[i % 5]},${i % 3 ? 'Inbound' : 'Referral'},${stages[(i * 7) % 6]},${(i * 37) % 90_000}.50,${created},${close}`,
      );
    }
    const csv = lines.join('\n');
    const { key } = await keyFor('compact');
    const res = await postJson('/v1/snapshots', { asOf: '2026-03-01', csv }, key);
    expect(res.status).toBe(201);
    const csvPerDeal = new TextEncoder().encode(csv).length / 2000;
    const storedPerDeal = (await objectOf('compact').storageBytes()) / 2000;
    const chunks = await execInObject(
      'compact',
      'SELECT SUM(LENGTH(data)) AS bytes FROM snapshot_chunks',
    );
    const chunkPerDeal = Number(chunks[0].bytes) / 2000;
    expect(storedPerDeal).toBeLessThanOrEqual(2 * csvPerDeal);
    // The chunk text alone is smaller than the CSV line.
    expect(chunkPerDeal).toBeLessThan(csvPerDeal);
  });
});

describe('trend figures stored with each snapshot', () => {
  it('give the trend snapshotTrend works out from the deals, to the last bit', () => {
    const stages = createStageTable(DEFAULT_STAGES);
    const snapshotArb = fc.record({
      asOf: fc.integer({ min: day('2026-01-01'), max: day('2026-06-30') }),
      deals: fc.array(dealArb, { maxLength: 30 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(snapshotArb, { minLength: 1, maxLength: 5, selector: (s) => s.asOf }),
        fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: undefined }),
        (list, quota) => {
          const snapshots = list.map((s) => ({ ...s, stages }));
          const options = {
            from: day('2026-01-01'),
            to: day('2026-06-30'),
            ...(quota !== undefined ? { quota } : {}),
          };
          const summaries = snapshots.map((s) => ({ asOf: s.asOf, summary: summarize(s) }));
          // Through JSON, as stored.
          const stored = summaries.map((s) => ({
            ...s,
            summary: JSON.parse(JSON.stringify(s.summary)),
          }));
          expect(trendFromSummaries(stored, options)).toEqual(snapshotTrend(snapshots, options));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('are written in the same transaction as the deals they sum', async () => {
    const { key } = await keyFor('summed');
    const csv = [
      'Deal ID,Stage,Amount,Created,Close Date',
      'A,Proposal,1000,2026-01-02,2026-03-01',
      'B,Closed Won,500,2026-01-02,2026-02-11',
      'C,Closed Lost,250,2026-01-05,2026-02-20',
    ].join('\n');
    expect((await postJson('/v1/snapshots', { asOf: '2026-02-28', csv }, key)).status).toBe(201);
    const rows = await execInObject('summed', 'SELECT summary FROM snapshots');
    // Hand-worked (playbook §1 probabilities): open 1,000; weighted 1,000 × 0.5 = 500;
    // February (month index 2026×12+1): 1 won of 500 in 40 days, 1 lost of 250.
    expect(JSON.parse(String(rows[0].summary))).toEqual({
      v: 1,
      open: 1000,
      weighted: 500,
      closed: [[2026 * 12 + 1, 1, 1, 500, 250, 40, 1]],
    });
    const stored = await snapshotStore(env).load('summed', day('2026-02-28'));
    expect(stored?.dealCount).toBe(3);
  });
});

describe('deleting a snapshot', () => {
  it('removes the date with its chunks, and says whether it was there', async () => {
    const { key } = await keyFor('deleting');
    const csv = 'Deal ID,Stage,Amount\nA,Proposal,1000\nB,Discovery,20';
    for (const asOf of ['2026-04-06', '2026-04-13']) {
      expect((await postJson('/v1/snapshots', { asOf, csv }, key)).status).toBe(201);
    }
    const store = snapshotStore(env);
    expect(await store.remove('deleting', day('2026-04-06'))).toBe(true);
    expect(await store.remove('deleting', day('2026-04-06'))).toBe(false);
    expect((await store.list('deleting')).map((s) => s.asOf)).toEqual([day('2026-04-13')]);
    expect(await store.load('deleting', day('2026-04-06'))).toBeNull();
    const left = await execInObject('deleting', 'SELECT DISTINCT as_of FROM snapshot_chunks');
    expect(left.map((r) => r.as_of)).toEqual([day('2026-04-13')]);
  });
});

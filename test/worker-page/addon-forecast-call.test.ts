// Forecast calls end to end: the built add-on (dist/addon/Code.js in node:vm
// over a fake spreadsheet) submits reps' calls with real HTTP to the local
// Worker that global-setup.ts starts, reads them back, saves a snapshot with
// won deals and reads each rep's accuracy against the call.

import { beforeAll, describe, expect, it } from 'vitest';
import type { FetchCall } from '../addon/harness/load-addon';
import { addonWithHttp, buildAddon, connectToWorker, d, HEADER } from './addon-with-worker';
import { baseUrl, createKey } from './page-helpers';

// Tuesday 2026-12-01: November's deals. Ann Lee won 30,000 + 20,000 = 50,000
// with close dates in November; Ben Park won 40,000 in November, and 25,000 in
// October, which is outside the period; his open deal does not count.
// biome-ignore format: one deal per line reads as the table it is
const PIPELINE = [
  [...HEADER, 'Owner'],
  ['F1', 'Alpha', 'Acme', 'Closed Won', 30000, d('2026-09-01'), d('2026-11-10'), d('2026-11-10'), 'Ann Lee'],
  ['F2', 'Bravo', 'Bravo Co', 'Closed Won', 20000, d('2026-09-01'), d('2026-11-28'), d('2026-11-28'), 'Ann Lee'],
  ['F3', 'Charlie', 'Charlie Co', 'Closed Won', 40000, d('2026-08-01'), d('2026-11-20'), d('2026-11-20'), 'Ben Park'],
  ['F4', 'Delta', 'Delta Co', 'Closed Won', 25000, d('2026-07-01'), d('2026-10-15'), d('2026-10-15'), 'Ben Park'],
  ['F5', 'Echo', 'Echo Co', 'Negotiation', 60000, d('2026-10-01'), d('2026-11-30'), d('2026-11-01'), 'Ben Park'],
];

let key = '';
beforeAll(async () => {
  await buildAddon();
  key = await createKey('addon-forecast-call');
}, 120_000);

type Answer = { status: number; body: Record<string, unknown> } | { reason: string };

/** GET /v1/forecast-accuracy/reps as the add-on passes it on. */
interface AccuracyAnswer {
  status: number;
  body: { actualAsOf: string; reps: { rep: string; accuracy: { ratio: number | null } }[] };
}

describe('forecast calls from the add-on to a real Worker', () => {
  it('stores each rep’s call with its version and answers accuracy against what they won', async () => {
    const log: FetchCall[] = [];
    const addon = addonWithHttp('2026-12-01T09:00:00Z', PIPELINE, log);
    connectToWorker(addon, key);

    const ann = addon.call<Answer>('submitForecastCall', '2026-11', 'Ann Lee', {
      commit: 60000,
      bestCase: 70000,
      note: 'Bravo may slip',
    });
    expect(ann).toMatchObject({
      status: 201,
      body: { period: '2026-11', rep: 'Ann Lee', commit: 60000, bestCase: 70000, version: 1 },
    });
    addon.call('submitForecastCall', '2026-11', 'Ben Park', { commit: 30000 });
    // a second call replaces the first: version 2
    expect(
      addon.call<Answer>('submitForecastCall', '2026-11', 'Ben Park', { commit: 40000 }),
    ).toMatchObject({ status: 200, body: { commit: 40000, bestCase: null, version: 2 } });
    // a negative commit is refused, naming the field
    const refused = addon.call<Answer>('submitForecastCall', '2026-11', 'Ben Park', {
      commit: -1,
    });
    expect(refused).toMatchObject({ status: 400, body: { errors: [{ field: 'commit' }] } });

    // read back as stored
    const list = await fetch(`${baseUrl}/v1/forecast-calls?period=2026-11`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const calls = (await list.json()).calls as { rep: string; commit: number; version: number }[];
    expect(calls.map((c) => [c.rep, c.commit, c.version]).sort()).toEqual([
      ['Ann Lee', 60000, 1],
      ['Ben Park', 40000, 2],
    ]);

    addon.call('saveSnapshotNow');
    const accuracy = addon.call<AccuracyAnswer>('getForecastAccuracy', '2026-11');
    expect(accuracy).toMatchObject({ status: 200, body: { actualAsOf: '2026-12-01' } });
    const reps = accuracy.body.reps;
    const byRep = Object.fromEntries(reps.map((r) => [r.rep, r]));
    // Ann: 50,000 / 60,000 = 0.833, outside 0.9–1.1; |50,000 − 60,000| = 10,000 > 5,000;
    // HubSpot 1 − 10,000 / 50,000 = 0.8
    expect(byRep['Ann Lee']).toMatchObject({
      call: { commit: 60000, bestCase: 70000, version: 1 },
      actual: { won: 50000, count: 2 },
      accuracy: { withinTarget: false, withinTenPercentOfActual: false, hubspot: 0.8 },
    });
    expect(byRep['Ann Lee'].accuracy.ratio).toBeCloseTo(50000 / 60000, 10);
    // Ben: 40,000 won in November (October's 25,000 and the open 60,000 do not count)
    // against 40,000: ratio 1, within both bands, HubSpot 1
    expect(byRep['Ben Park']).toMatchObject({
      actual: { won: 40000, count: 1 },
      accuracy: { ratio: 1, withinTarget: true, withinTenPercentOfActual: true, hubspot: 1 },
    });
    // every request carried the key and went to the local Worker
    expect(log.every((f) => f.url.startsWith(baseUrl))).toBe(true);
    expect(log.every((f) => f.params.headers?.Authorization === `Bearer ${key}`)).toBe(true);

    // a period with no calls: an empty list, which the sidebar words as "none submitted"
    expect(addon.call<Answer>('getForecastAccuracy', '2026-10')).toMatchObject({
      status: 200,
      body: { reps: [] },
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../shared/ingest/days-from-civil';
import { parsePeriod } from '../../shared/snapshots/parse-period';
import { isoToDay } from '../../worker/src/days';
import { ProblemError } from '../../worker/src/problem';
import { call, getWithKey, keyFor, postJson, problemOf } from './helpers';

// Request dates name years 1900..9999. Before, Date.UTC read the years
// 0000-0099 as 1900-1999, so "0099-01-01" answered as if it were 1999-01-01.

const CSV = ['Deal ID,Account,Stage,Amount,Close Date', 'D-1,Acme,Proposal,100,1900-02-01'].join(
  '\n',
);

/** Dates every date field must refuse. */
const BAD_DATES = ['0099-01-01', '1899-12-31', '2026-02-30', '0000-01-01', '1900-13-01'];
/** Months every month field must refuse. */
const BAD_MONTHS = ['0099-01', '1899-12', '0000-01', '2026-13', ...BAD_DATES];
/** Periods every period field must refuse. */
const BAD_PERIODS = ['0099', '0099-Q1', '1899-12', '1899-Q4', '0000', '0000-01', ...BAD_DATES];

let key = '';

beforeAll(async () => {
  key = (await keyFor('early')).key;
  const res = await postJson('/v1/snapshots', { asOf: '1900-01-01', csv: CSV }, key);
  expect(res.status).toBe(201);
});

/** Checks a 400 problem naming the field. */
async function expectRefused(res: Response, field: string, value: string) {
  const body = await problemOf(res);
  expect(body.status, `${field}=${value}`).toBe(400);
  expect(body.errors[0].field, `${field}=${value}`).toBe(field);
}

/** Checks an answer that is not a server error: 200 or a 404 problem. */
async function expectAnswered(res: Response, label: string) {
  expect([200, 404], label).toContain(res.status);
  await res.json();
}

const analyzeAt = (asOf: string) => postJson('/v1/analyze', { csv: CSV, options: { asOf } });
const snapshotAt = (asOf: string) => postJson('/v1/snapshots', { asOf, csv: CSV }, key);
const get = (path: string) => getWithKey(path, key);

describe('request dates before 1900 or that do not exist are 400s naming the field', () => {
  it('POST /v1/analyze options.asOf', async () => {
    for (const date of BAD_DATES) await expectRefused(await analyzeAt(date), 'options.asOf', date);
    await expectAnswered(await analyzeAt('1900-01-01'), 'analyze 1900-01-01');
  });

  it('POST /v1/snapshots asOf', async () => {
    for (const date of BAD_DATES) await expectRefused(await snapshotAt(date), 'asOf', date);
    expect((await snapshotAt('1900-01-01')).status).toBe(200);
    const list = (await (await get('/v1/snapshots')).json()) as { snapshots: { asOf: string }[] };
    expect(list.snapshots.map((s) => s.asOf)).toEqual(['1900-01-01']);
  });

  it('GET /v1/waterfall from, to and period', async () => {
    for (const date of BAD_DATES) {
      await expectRefused(await get(`/v1/waterfall?from=${date}&to=2026-01-01`), 'from', date);
      await expectRefused(await get(`/v1/waterfall?from=1900-01-01&to=${date}`), 'to', date);
    }
    for (const period of BAD_PERIODS) {
      await expectRefused(
        await get(`/v1/waterfall?from=1900-01-01&to=1900-01-01&period=${period}`),
        'period',
        period,
      );
    }
    const res = await get('/v1/waterfall?from=1900-01-01&to=1900-01-01');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { period: unknown }).period).toEqual({
      label: '1900-Q1',
      start: '1900-01-01',
      end: '1900-03-31',
    });
    for (const period of ['1900', '1900-Q1', '1900-01']) {
      await expectAnswered(
        await get(`/v1/waterfall?from=1900-01-01&to=1900-01-01&period=${period}`),
        `waterfall period=${period}`,
      );
    }
  });

  it('GET /v1/trends from and to', async () => {
    for (const month of BAD_MONTHS) {
      await expectRefused(await get(`/v1/trends?from=${month}&to=2026-01`), 'from', month);
      await expectRefused(await get(`/v1/trends?from=1900-01&to=${month}`), 'to', month);
    }
    const res = await get('/v1/trends?from=1900-01&to=1900-02');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { months: { month: string; snapshotAsOf: string | null }[] };
    expect(body.months.map((m) => [m.month, m.snapshotAsOf])).toEqual([
      ['1900-01', '1900-01-01'],
      ['1900-02', null],
    ]);
  });

  it('GET /v1/forecast-accuracy period', async () => {
    for (const period of BAD_PERIODS) {
      await expectRefused(await get(`/v1/forecast-accuracy?period=${period}`), 'period', period);
    }
    for (const period of ['1900', '1900-Q1', '1900-01']) {
      const res = await get(`/v1/forecast-accuracy?period=${period}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { forecastAsOf: string }).forecastAsOf).toBe('1900-01-01');
    }
  });

  it('GET /v1/reports/monthly month', async () => {
    for (const month of BAD_MONTHS) {
      await expectRefused(await get(`/v1/reports/monthly?month=${month}`), 'month', month);
    }
    const res = await get('/v1/reports/monthly?month=1900-01');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { snapshotAsOf: string }).snapshotAsOf).toBe('1900-01-01');
  });

  it('refuses the bad dates without a key too, before anything else is read', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ csv: CSV, options: { asOf: '0099-01-01' } }),
    });
    await expectRefused(res, 'options.asOf', '0099-01-01');
  });
});

describe('request date arithmetic', () => {
  it('isoToDay counts days without Date.UTC and refuses years before 1900', () => {
    expect(isoToDay('1900-01-01', 'asOf')).toBe(-25567);
    expect(isoToDay('2026-01-01', 'asOf')).toBe(20454);
    expect(isoToDay('9999-12-31', 'asOf')).toBe(daysFromCivil(9999, 12, 31));
    for (const text of ['0099-01-01', '1899-12-31', '2026-02-30', '2024-02-30', '2026-00-10']) {
      expect(() => isoToDay(text, 'asOf')).toThrow(ProblemError);
    }
    expect(isoToDay('2024-02-29', 'asOf')).toBe(daysFromCivil(2024, 2, 29));
  });

  it('parsePeriod reads the years 0..99 as written, not as 1900..1999', () => {
    expect(parsePeriod('0099', 'test')).toEqual({
      label: '0099',
      start: daysFromCivil(99, 1, 1),
      end: daysFromCivil(99, 12, 31),
    });
    expect(parsePeriod('0000-Q1', 'test').start).toBe(daysFromCivil(0, 1, 1));
    // 2026-Q1 as the shared doc example gives it.
    expect(parsePeriod('2026-Q1', 'test')).toEqual({ label: '2026-Q1', start: 20454, end: 20543 });
  });
});

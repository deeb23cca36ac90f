import { describe, expect, it } from 'vitest';
import type { PipelineChangesData } from '../../../addon/src/changes/changes-types';
import { type FetchCall, type FetchReply, loadAddon } from '../harness/load-addon';
import { ACCURACY, KEY, TRENDS, URL_BASE, WATERFALL, workerWith } from './worker-answers';

// The built bundle's getChanges in node:vm, with UrlFetchApp answered by the
// Worker's recorded answers (worker-answers.ts).

function open(
  options: {
    worker?: boolean;
    key?: boolean;
    settings?: object;
    fetch?: (c: FetchCall) => FetchReply;
  } = {},
) {
  const addon = loadAddon({ ...(options.fetch ? { fetch: options.fetch } : {}) });
  if (options.worker !== false) {
    addon.documentProperties.store.set(
      'salesPlaybook.settings',
      JSON.stringify({ workerUrl: URL_BASE, ...options.settings }),
    );
  }
  if (options.key !== false) {
    addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
    addon.userProperties.store.set('salesPlaybook.apiKeyUrl', URL_BASE);
  }
  return addon;
}

const paths = (fetches: FetchCall[]) => fetches.map((f) => f.url.slice(URL_BASE.length));

describe('getChanges', () => {
  it('compares the newest snapshot with the newest one a week or more before it', () => {
    // 2026-11-20 is the newest; a week before is 2026-11-13, and the newest
    // snapshot on or before that day is 2026-11-02 (2026-11-16 is too recent).
    const addon = open({
      fetch: workerWith(['2026-10-30', '2026-11-02', '2026-11-16', '2026-11-20']),
      // 1,500,000 a quarter is 500,000 a month, the quota /v1/trends takes
      settings: { quota: 1_500_000, quotaPeriod: 'quarter' },
    });
    const data = addon.call<PipelineChangesData>('getChanges');
    expect(paths(addon.fetches)).toEqual([
      '/v1/snapshots',
      '/v1/waterfall?from=2026-11-02&to=2026-11-20',
      // thirteen months: the same month a year before to the month of the later snapshot
      '/v1/trends?from=2025-11&to=2026-11&quota=500000',
      '/v1/forecast-accuracy?period=2026-11',
    ]);
    for (const f of addon.fetches) {
      expect(f.params.headers?.Authorization).toBe(`Bearer ${KEY}`);
      expect(f.params.method).toBe('get');
    }
    expect(data).toMatchObject({
      language: 'en',
      snapshots: ['2026-10-30', '2026-11-02', '2026-11-16', '2026-11-20'],
      from: '2026-11-02',
      to: '2026-11-20',
      period: '2026-11',
      quota: 500000,
      waterfall: { status: 200, body: WATERFALL },
      trends: { status: 200, body: TRENDS },
      accuracy: { status: 200, body: ACCURACY },
    });
    expect(data.reason).toBeUndefined();
    // the key never leaves the server
    expect(JSON.stringify(data)).not.toContain(KEY);
  });

  it('takes the oldest snapshot when none is a week older, and a yearly quota by the month', () => {
    const addon = open({
      fetch: workerWith(['2026-11-18', '2026-11-20']),
      // 1,200,000 a year / 12 = 100,000 a month
      settings: { quota: 1_200_000, quotaPeriod: 'year' },
    });
    const data = addon.call<PipelineChangesData>('getChanges');
    expect(data.from).toBe('2026-11-18');
    expect(paths(addon.fetches)[2]).toBe('/v1/trends?from=2025-11&to=2026-11&quota=100000');
  });

  it('asks for the dates and period the sidebar picked, without a quota when Settings has none', () => {
    const addon = open({ fetch: workerWith(['2026-09-28', '2026-10-05', '2026-11-20']) });
    const data = addon.call<PipelineChangesData>(
      'getChanges',
      '2026-09-28',
      '2026-10-05',
      '2026-Q4',
    );
    expect(paths(addon.fetches).slice(1)).toEqual([
      '/v1/waterfall?from=2026-09-28&to=2026-10-05',
      '/v1/trends?from=2025-10&to=2026-10',
      '/v1/forecast-accuracy?period=2026-Q4',
    ]);
    expect(data).toMatchObject({ from: '2026-09-28', to: '2026-10-05', period: '2026-Q4' });
    expect(data.quota).toBeNull();
  });

  it('passes on what the Worker refuses, as it answered', () => {
    const addon = open({
      fetch: (call) =>
        call.url.includes('/v1/waterfall')
          ? { status: 404, body: { title: 'Not found', detail: 'No snapshot of 2026-11-03.' } }
          : workerWith(['2026-11-02', '2026-11-20'])(call),
    });
    const data = addon.call<PipelineChangesData>('getChanges', '2026-11-03', '2026-11-20');
    expect(data.waterfall).toEqual({
      status: 404,
      body: { title: 'Not found', detail: 'No snapshot of 2026-11-03.' },
    });
    expect(data.trends?.status).toBe(200);
  });

  it('says there is no Worker, without calling anything', () => {
    const addon = open({ worker: false, key: false });
    expect(addon.call('getChanges')).toEqual({ language: 'en', quota: null, reason: 'noWorker' });
    expect(addon.fetches).toEqual([]);
  });

  it('says there is no key, or a key saved for another URL, without calling anything', () => {
    const addon = open({ key: false });
    addon.userProperties.store.set('salesPlaybook.language', 'zh');
    expect(addon.call('getChanges')).toEqual({ language: 'zh', quota: null, reason: 'noKey' });
    addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
    addon.userProperties.store.set('salesPlaybook.apiKeyUrl', 'https://other.example.workers.dev');
    expect(addon.call<PipelineChangesData>('getChanges').reason).toBe('noKey');
    expect(addon.fetches).toEqual([]);
  });

  it('says when fewer than two snapshots exist', () => {
    const addon = open({ fetch: workerWith(['2026-11-20']) });
    expect(addon.call('getChanges')).toEqual({
      language: 'en',
      quota: null,
      reason: 'noSnapshots',
      snapshots: ['2026-11-20'],
    });
    expect(paths(addon.fetches)).toEqual(['/v1/snapshots']);
  });

  it('says what the Worker or the network answered when the list cannot be read', () => {
    const refused = open({
      fetch: () => ({ status: 401, body: { title: 'Unauthorized', detail: 'Unknown API key.' } }),
    });
    expect(refused.call('getChanges')).toMatchObject({
      reason: 'unreachable',
      detail: 'HTTP 401: Unknown API key.',
    });
    const offline = open({
      fetch: () => {
        throw new Error('DNS error: playbook.example.workers.dev');
      },
    });
    expect(offline.call('getChanges')).toMatchObject({
      reason: 'unreachable',
      detail: 'DNS error: playbook.example.workers.dev',
    });
  });
});

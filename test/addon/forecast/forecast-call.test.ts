// The forecast call from the weekly review: the built add-on in node:vm sends
// the rep's call to the analytics Worker (faked here) with the user's key and
// asks for each rep's accuracy. The period names and the amounts typed in the
// sidebar are checked on their own.

import { describe, expect, it } from 'vitest';
import { callPeriods, callRep } from '../../../addon/src/forecast/call-period';
import { readAmount } from '../../../addon/src/sidebar/client/read-amount';
import { type FetchCall, type FetchReply, loadAddon } from '../harness/load-addon';

const KEY = `sp_0123456789abcdef_${'cd'.repeat(30)}7a1b`;
const URL = 'https://playbook.example.workers.dev';

function open(reply: (call: FetchCall) => FetchReply, keyUrl = URL, workerUrl = URL) {
  const addon = loadAddon({ fetch: reply });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify({ workerUrl }));
  addon.userProperties.store.set('salesPlaybook.apiKey', KEY);
  addon.userProperties.store.set('salesPlaybook.apiKeyUrl', keyUrl);
  addon.userProperties.store.set('salesPlaybook.language', 'zh');
  return addon;
}

describe('submitForecastCall', () => {
  it('PUTs the call as JSON to the period and rep, with the key and the language', () => {
    // What PUT /v1/forecast-calls answers on a first write (worker/src/routes/forecast-calls.ts).
    const stored = {
      period: '2026-Q4',
      rep: 'Ana Li',
      commit: 378000,
      bestCase: 648000,
      note: 'Acme signs in December',
      updated: '2026-11-23T10:00:00.000Z',
      version: 1,
    };
    const addon = open(() => ({ status: 201, body: stored }));
    const answer = addon.call('submitForecastCall', '2026-Q4', 'Ana Li', {
      commit: 378000,
      bestCase: 648000,
      note: 'Acme signs in December',
    });
    expect(answer).toEqual({ status: 201, body: stored });
    expect(addon.fetches).toHaveLength(1);
    const [sent] = addon.fetches;
    // the space in the rep name is escaped in the path
    expect(sent.url).toBe(`${URL}/v1/forecast-calls/2026-Q4/Ana%20Li`);
    expect(sent.params).toMatchObject({
      method: 'put',
      contentType: 'application/json',
      muteHttpExceptions: true,
      followRedirects: false,
      headers: { Authorization: `Bearer ${KEY}`, 'Accept-Language': 'zh' },
    });
    expect(JSON.parse(sent.params.payload!)).toEqual({
      commit: 378000,
      bestCase: 648000,
      note: 'Acme signs in December',
    });
  });

  it('hands a refusal to the sidebar as the Worker sent it', () => {
    const problem = {
      title: 'Invalid request',
      status: 400,
      detail: 'Forecast call field commit: must be a number of 0 or more',
      errors: [{ field: 'commit', message: 'must be a number of 0 or more' }],
    };
    const addon = open(() => ({ status: 400, body: problem }));
    // "team" is the rep name of the whole team's call (callRep)
    expect(addon.call('submitForecastCall', '2026-11', 'team', { commit: 5 })).toEqual({
      status: 400,
      body: problem,
    });
    expect(addon.fetches[0].url).toBe(`${URL}/v1/forecast-calls/2026-11/team`);
  });

  it('says what to set up, without a request, when there is no Worker URL or key for it', () => {
    const noUrl = open(() => ({ status: 500, body: {} }), URL, '');
    expect(noUrl.call('submitForecastCall', '2026-Q4', 'team', { commit: 1 })).toEqual({
      reason: 'noWorker',
    });
    // a key saved for another URL is never sent
    const otherKey = open(() => ({ status: 500, body: {} }), 'https://other.example.dev');
    expect(otherKey.call('getForecastAccuracy', '2026-Q3')).toEqual({ reason: 'noKey' });
    expect([...noUrl.fetches, ...otherKey.fetches]).toEqual([]);
  });
});

describe('getForecastAccuracy', () => {
  it('GETs each rep’s accuracy for the period', () => {
    const body = { period: { label: '2026-Q3' }, actualAsOf: '2026-11-23', reps: [] };
    const addon = open(() => ({ status: 200, body }));
    expect(addon.call('getForecastAccuracy', '2026-Q3')).toEqual({ status: 200, body });
    expect(addon.fetches[0].url).toBe(`${URL}/v1/forecast-accuracy/reps?period=2026-Q3`);
    expect(addon.fetches[0].params.method).toBe('get');
    expect(addon.fetches[0].params.payload).toBeUndefined();
    expect(addon.fetches[0].params.headers).toMatchObject({ Authorization: `Bearer ${KEY}` });
  });
});

describe('getForecastCall and If-Match', () => {
  // What GET /v1/forecast-calls?period= answers (worker/src/routes/forecast-calls.ts).
  const list = {
    period: '2026-Q4',
    calls: [
      { period: '2026-Q4', rep: 'Ana Li', commit: 378000, bestCase: null, note: null, version: 3 },
      { period: '2026-Q4', rep: 'Bo', commit: 1000, bestCase: null, note: null, version: 1 },
    ],
  };

  it('reads the rep’s stored call from the period’s list, ignoring case and outer spaces', () => {
    const addon = open(() => ({ status: 200, body: list }));
    expect(addon.call('getForecastCall', '2026-Q4', ' ana li ')).toEqual({
      status: 200,
      body: list.calls[0],
    });
    expect(addon.fetches[0].url).toBe(`${URL}/v1/forecast-calls?period=2026-Q4`);
    expect(addon.fetches[0].params.method).toBe('get');
    // a rep with no call: an empty body, so the sidebar shows nothing stored
    expect(addon.call('getForecastCall', '2026-Q4', 'Cy')).toEqual({ status: 200, body: {} });
  });

  it('passes a refusal on as sent', () => {
    const problem = { title: 'Unauthorized', status: 401, detail: 'Unknown API key' };
    const addon = open(() => ({ status: 401, body: problem }));
    expect(addon.call('getForecastCall', '2026-Q4', 'Ana Li')).toEqual({
      status: 401,
      body: problem,
    });
  });

  it('sends the version read as If-Match, and hands the 412 back', () => {
    const problem = {
      title: 'Precondition failed',
      status: 412,
      detail: 'The call is at version 4',
    };
    const addon = open(() => ({ status: 412, body: problem }));
    expect(addon.call('submitForecastCall', '2026-Q4', 'Ana Li', { commit: 5 }, 3)).toEqual({
      status: 412,
      body: problem,
    });
    expect(addon.fetches[0].params.headers).toEqual({
      'If-Match': '"3"',
      Authorization: `Bearer ${KEY}`,
      'Accept-Language': 'zh',
    });
    // without a version read (no call stored yet) no condition is sent
    addon.call('submitForecastCall', '2026-Q4', 'Ana Li', { commit: 5 }, null);
    expect(addon.fetches[1].params.headers).not.toHaveProperty('If-Match');
  });
});

describe('callPeriods', () => {
  it('names calendar months, quarters and years as the Worker does, and the one before', () => {
    expect(callPeriods('2026-11-01', '2026-11-30')).toEqual({
      period: '2026-11',
      previous: '2026-10',
    });
    expect(callPeriods('2026-01-01', '2026-01-31')).toEqual({
      period: '2026-01',
      previous: '2025-12',
    });
    expect(callPeriods('2026-10-01', '2026-12-31')).toEqual({
      period: '2026-Q4',
      previous: '2026-Q3',
    });
    expect(callPeriods('2026-01-01', '2026-03-31')).toEqual({
      period: '2026-Q1',
      previous: '2025-Q4',
    });
    expect(callPeriods('2026-01-01', '2026-12-31')).toEqual({ period: '2026', previous: '2025' });
  });

  it('has no name for days that are not one calendar period', () => {
    expect(callPeriods('', '')).toBeNull();
    // three months not starting a quarter, and a period not starting on the 1st
    expect(callPeriods('2026-02-01', '2026-04-30')).toBeNull();
    expect(callPeriods('2026-11-15', '2026-12-14')).toBeNull();
  });

  it('stores the whole team’s call as "team"', () => {
    expect(callRep('')).toBe('team');
    expect(callRep('Ana Li')).toBe('Ana Li');
  });
});

describe('readAmount', () => {
  it('reads what a rep types, with thousands commas, and says what is wrong', () => {
    expect(readAmount(' 120,000 ')).toBe(120000);
    expect(readAmount('0')).toBe(0);
    expect(readAmount('99.5')).toBe(99.5);
    expect(readAmount('')).toBeUndefined();
    expect(readAmount('-5')).toBe('negative');
    expect(readAmount('12k')).toBe('notNumber');
    expect(readAmount('1e5')).toBe('notNumber');
  });
});

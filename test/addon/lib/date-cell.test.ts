import { afterEach, describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

// Sheets hands a custom function a date cell as the instant of that day's
// midnight in the spreadsheet's time zone. These tests build that instant for
// zones across the world and run the bundle under several script time zones
// (process.env.TZ), since the add-on's own zone need not be the sheet's.

const HEADER = ['Deal ID', 'Deal', 'Stage', 'Amount', 'Next step', 'Next step date', 'Close date'];
// D-1 closes on 2026-11-22: past due from 2026-11-23. D-2 closes on 2026-11-23: not past due yet.
const PIPELINE = [
  HEADER,
  ['D-1', 'Closes the day before', 'Proposal', 1000, 'Call', '2026-12-01', '2026-11-22'],
  ['D-2', 'Closes that day', 'Proposal', 1000, 'Call', '2026-12-01', '2026-11-23'],
];

/** The UTC instant of midnight on `day` in a zone `offset` hours east of UTC. */
function midnightAt(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - offset * 3_600_000).toISOString();
}

// Offsets in force on 2026-11-23 (southern summer).
const ZONES: [string, number][] = [
  ['Pacific/Honolulu', -10],
  ['America/Los_Angeles', -8],
  ['America/New_York', -5],
  ['Etc/UTC', 0],
  ['Europe/Berlin', 1],
  ['Asia/Kolkata', 5.5],
  ['Asia/Shanghai', 8],
  ['Australia/Sydney', 11],
  ['Pacific/Fiji', 12],
  ['Pacific/Auckland', 13],
  ['Pacific/Tongatapu', 13],
  ['Pacific/Chatham', 13.75],
];

// Script zones with their offset on 2026-11-23 as getTimezoneOffset gives it (minutes west of UTC).
const SCRIPT_ZONES: [string, number][] = [
  ['Etc/UTC', 0],
  ['Pacific/Auckland', -780],
  ['America/New_York', 300],
];
const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('date cells in custom functions', () => {
  for (const [scriptZone, minutesWest] of SCRIPT_ZONES) {
    it(`read the calendar day the cell shows in every zone from UTC-10 to UTC+13:45 (script zone ${scriptZone})`, () => {
      process.env.TZ = scriptZone;
      const addon = loadAddon({ services: false });
      // the bundle really runs in that zone
      expect(addon.date('2026-11-23T00:00:00Z').getTimezoneOffset()).toBe(minutesWest);
      for (const [zone, offset] of ZONES) {
        const asOf = addon.date(midnightAt('2026-11-23', offset));
        const reasons = addon.call<string[][]>('DEAL_RISK_REASONS', PIPELINE, asOf);
        // as of 2026-11-23: D-1's close date has passed, D-2's has not
        expect([zone, reasons[1][0]]).toEqual([zone, expect.stringContaining('close date')]);
        expect([zone, reasons[2][0]]).toEqual([zone, expect.not.stringContaining('close date')]);
      }
    });
  }

  it('read a date column of the deals range the same way (Auckland midnight, script in UTC)', () => {
    process.env.TZ = 'Etc/UTC';
    const addon = loadAddon({ services: false });
    const rows = PIPELINE.map((row, i) =>
      i === 0
        ? row
        : row.map((cell, c) => (c === 6 ? addon.date(midnightAt(String(cell), 13)) : cell)),
    );
    const reasons = addon.call<string[][]>('DEAL_RISK_REASONS', rows, '2026-11-23');
    expect(reasons[1][0]).toContain('close date');
    expect(reasons[2][0]).not.toContain('close date');
  });
});

import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../shared/ingest/parse-day';
import { DealHistoryBuilder, dealHistory } from '../../../shared/snapshots/deal-history';
import { createStageTable } from '../../../shared/stages/create-stage-table';
import type { DayNumber, Deal } from '../../../shared/types';

const day = (iso: string) => parseDay(iso) as DayNumber;
const stages = createStageTable();
const deal = (id: string, stage: string, close?: string): Deal => ({
  row: 2,
  id,
  name: `Deal ${id}`,
  stage,
  amount: 1000,
  ...(close !== undefined ? { closeDate: day(close) } : {}),
});
const snap = (iso: string, deals: Deal[]) => ({ asOf: day(iso), deals, stages });

// Four weekly-ish snapshots: day 0 = 2026-01-05, then +7, +21, +28.
const RUN = [
  snap('2026-01-05', [
    deal('A', 'Discovery', '2026-03-10'),
    deal('C', 'Evaluation', '2026-02-15'),
    deal('D', 'Discovery', '2026-03-01'),
    deal('E', 'Prospecting', '2026-06-30'),
  ]),
  snap('2026-01-12', [
    deal('A', 'Discovery', '2026-03-20'),
    deal('B', 'Discovery', '2026-04-30'),
    deal('C', 'Proposal', '2026-02-15'),
    deal('D', 'Discovery'),
    deal('E', 'Discovery', '2026-06-30'),
  ]),
  snap('2026-01-26', [
    deal('A', 'Proposal', '2026-03-31'),
    deal('B', 'Discovery', '2026-04-30'),
    deal('C', 'Closed Won', '2026-01-20'),
    deal('E', 'Proposal', '2026-06-30'),
  ]),
  snap('2026-02-02', [
    deal('A', 'Proposal', '2026-03-15'),
    deal('B', 'Evaluation', '2026-05-31'),
    deal('C', 'Closed Won', '2026-01-20'),
    deal('E', 'Proposal', '2026-06-30'),
  ]),
];

describe('dealHistory', () => {
  const result = dealHistory(RUN);
  const of = (id: string) => result.deals.find((d) => d.key === `id:${id}`);

  it('counts close-date pushes and pulls between consecutive snapshots', () => {
    // A: 03-10 → 03-20 (+10), → 03-31 (+11), → 03-15 (earlier): 2 pushes of 21 days, 1 pull.
    expect(of('A')).toMatchObject({ pushes: 2, pulls: 1, pushedDays: 21 });
    // A push inside the same month (03-10 → 03-20) counts like any other.
    // B: 04-30 → 04-30 → 05-31 (+31): 1 push.
    expect(of('B')).toMatchObject({ pushes: 1, pulls: 0, pushedDays: 31 });
    // C: 02-15 → 02-15 → 01-20 (earlier) → 01-20: 1 pull.
    expect(of('C')).toMatchObject({ pushes: 0, pulls: 1, pushedDays: 0 });
    // D loses its close date in the second snapshot: no pair with two dates, nothing counted.
    expect(of('D')).toMatchObject({ pushes: 0, pulls: 0 });
  });

  it('adds the days between consecutive snapshots in the same open stage', () => {
    // A: Discovery 01-05 → 01-12 = 7; Proposal 01-26 → 02-02 = 7. Discovery → Proposal
    // (01-12 → 01-26) shows two stages, so those 14 days count for neither.
    expect(of('A')?.stageDays).toEqual({ Discovery: 7, Proposal: 7 });
    // B: Discovery 01-12 → 01-26 = 14; Evaluation only in the last snapshot.
    expect(of('B')?.stageDays).toEqual({ Discovery: 14 });
    // C: a different stage in every pair; Closed Won is not an open stage.
    expect(of('C')?.stageDays).toEqual({});
    // D: Discovery 01-05 → 01-12 = 7, then gone.
    expect(of('D')?.stageDays).toEqual({ Discovery: 7 });
    expect(of('D')?.lastSeen).toBe(day('2026-01-12'));
    expect(of('B')?.firstSeen).toBe(day('2026-01-12'));
  });

  it('averages the stays that began and ended inside the run, changes at the midpoints', () => {
    // Snapshot days relative to 01-05: 0, 7, 21, 28.
    // B Discovery: new at 7 (absent at 0), Evaluation at 28 → (21+28)/2 − (0+7)/2 = 24.5 − 3.5 = 21.
    // E Discovery: Prospecting at 0, Discovery at 7, Proposal at 21 → (7+21)/2 − (0+7)/2 = 10.5.
    // A Discovery: already there in the first snapshot, start unknown → left out.
    // D Discovery: vanished, never seen leaving → left out.
    // Discovery: (21 + 10.5) / 2 = 15.75 over 2 deals.
    // C Proposal: Evaluation at 0, Proposal at 7, Closed Won at 21 → 14 − 3.5 = 10.5.
    // A and E are still in Proposal at the end → left out. Evaluation: C's stay began
    // before the run, B has not left → no average.
    expect(result.stages).toEqual([
      { stage: 'Prospecting', averageDays: null, deals: 0 },
      { stage: 'Discovery', averageDays: 15.75, deals: 2 },
      { stage: 'Evaluation', averageDays: null, deals: 0 },
      { stage: 'Proposal', averageDays: 10.5, deals: 1 },
      { stage: 'Negotiation', averageDays: null, deals: 0 },
    ]);
  });

  it('lists deals in order of first appearance and keeps the newest names', () => {
    expect(result.deals.map((d) => d.key)).toEqual(['id:A', 'id:C', 'id:D', 'id:E', 'id:B']);
    expect(of('E')?.name).toBe('Deal E');
  });

  it('answers an empty history for no snapshots', () => {
    expect(dealHistory([])).toEqual({ deals: [], stages: [] });
  });
});

describe('DealHistoryBuilder', () => {
  it('refuses a snapshot that is not later than the previous one', () => {
    const builder = new DealHistoryBuilder();
    builder.add(RUN[1]);
    expect(() => builder.add(RUN[0])).toThrow(RangeError);
    expect(() => builder.add(RUN[1])).toThrow(RangeError);
  });
});

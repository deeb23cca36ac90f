// Days in stage for the stalled rule (playbook §1: stalled after 2× the
// stage's average days): measured from the sheet's stage-history columns
// unless the stage table has typed averages, which win. Figures by hand.
import { describe, expect, it } from 'vitest';
import { buildWeeklyReview } from '../../../addon/src/review/build-weekly-review';
import type {
  WeeklyReviewData,
  WeeklyReviewView,
} from '../../../addon/src/review/weekly-review-types';
import { loadAddon } from '../harness/load-addon';
import { REVIEW_NOW, stageTableWithProposalAverage } from '../harness/review-pipeline';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Today 2026-11-23. Three deals with the dates they entered Discovery, Proposal and Negotiation. */
function pipeline(
  history = ['Discovery entered', "Date entered 'Proposal'", 'Negotiation entered'],
): unknown[][] {
  // biome-ignore format: one deal per line reads as the table it is
  return [
    ['Deal ID', 'Deal', 'Stage', 'Amount', 'Created', 'Close date', 'Stage entered', 'Next step', 'Next step date', ...history],
    // Discovery 09-01 → Proposal 09-11: 10 days; Proposal → Negotiation 09-21: 10 days
    ['M1', 'One', 'Closed Won', 10000, d('2026-08-20'), d('2026-10-01'), '', '', '', d('2026-09-01'), d('2026-09-11'), d('2026-09-21')],
    // Discovery 10-01 → Proposal 10-21: 20 days; Proposal → Negotiation 10-31: 10 days
    ['M2', 'Two', 'Negotiation', 20000, d('2026-09-20'), d('2026-12-20'), d('2026-10-31'), 'Call', d('2026-11-30'), d('2026-10-01'), d('2026-10-21'), d('2026-10-31')],
    // Discovery 10-20 → Proposal 11-01: 12 days; in Proposal since 11-01: 22 days today
    ['M3', 'Three', 'Proposal', 50000, d('2026-10-10'), d('2026-12-20'), d('2026-11-01'), 'Demo', d('2026-11-30'), d('2026-10-20'), d('2026-11-01'), ''],
    // lost, with a history cell that is no date: not measured, and the review still runs
    ['M4', 'Four', 'Closed Lost', 5000, d('2026-09-01'), d('2026-10-01'), '', '', '', 'TBD', '', ''],
  ];
}

function review(settings: Record<string, unknown> = {}, language = 'en', history?: string[]) {
  const addon = loadAddon({ sheets: { Pipeline: pipeline(history) }, now: REVIEW_NOW });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify(settings));
  addon.userProperties.store.set('salesPlaybook.language', language);
  return buildWeeklyReview(addon.call<WeeklyReviewData>('getWeeklyReview', ''));
}

const top = (view: WeeklyReviewView, id: string) => view.top.find((t) => t.id === id);

describe('days in stage, measured', () => {
  it('averages the days between stage-history dates and flags a deal over twice the average', () => {
    const view = review();
    expect(view.stageDays).toEqual([
      // (10 + 20 + 12) / 3 = 14
      { stage: 'Discovery', days: 14, source: 'measured', deals: 3 },
      // (10 + 10) / 2 = 10
      { stage: 'Proposal', days: 10, source: 'measured', deals: 2 },
    ]);
    // M3: 22 days in Proposal > 2 × 10
    expect(top(view, 'M3')?.daysInStage).toBe(22);
    expect(top(view, 'M3')?.reasons.some((r) => /stalled/i.test(r))).toBe(true);
    // M2: Negotiation has no average (no later stage date to measure it by)
    expect(top(view, 'M2')?.reasons.some((r) => /stalled/i.test(r))).toBe(false);
  });

  it('uses the averages typed in the stage table first', () => {
    const stageTable = stageTableWithProposalAverage();
    const view = review({ stageTable }, 'zh');
    expect(view.stageDays).toEqual([
      { stage: '深入挖掘', days: 14, source: 'measured', deals: 3 },
      { stage: '提案阶段', days: 30, source: 'typed', deals: 0 },
    ]);
    // 22 days is under 2 × 30: not stalled
    expect(top(view, 'M3')?.risk).toBe('green');
  });

  it('reads HubSpot-style and Chinese stage-history headers', () => {
    const view = review({}, 'en', [
      'Date entered "Discovery (Sales Pipeline)"',
      '进入提案阶段日期',
      'Negotiation entered',
    ]);
    // the same dates as above under other headers: the same averages
    expect(view.stageDays?.map((d) => [d.stage, d.days])).toEqual([
      ['Discovery', 14],
      ['Proposal', 10],
    ]);
  });
});

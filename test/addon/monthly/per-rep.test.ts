// The monthly self-assessment of one rep: the server says whose deals by
// default (Settings' owner mapping), the sidebar's computation (imported from
// its source) keeps only that owner's deals.
import { describe, expect, it } from 'vitest';
import type { MonthlyData } from '../../../addon/src/monthly/monthly-types';
import { monthlyView } from '../../../addon/src/sidebar/client/monthly-view';
import { loadAddon } from '../harness/load-addon';
import { REP_SETTINGS, repPipeline } from '../harness/rep-pipeline';
import { REVIEW_NOW } from '../harness/review-pipeline';

function data(userEmail: string, language = 'en'): MonthlyData {
  const addon = loadAddon({ sheets: { Pipeline: repPipeline() }, now: REVIEW_NOW, userEmail });
  addon.documentProperties.store.set('salesPlaybook.settings', JSON.stringify(REP_SETTINGS));
  addon.userProperties.store.set('salesPlaybook.language', language);
  return addon.call<MonthlyData>('getMonthlyAssessment', '2026-11');
}

const answer = (view: ReturnType<typeof monthlyView>, q: number) =>
  view.answers.find((a) => a.question === q);

describe('monthly self-assessment per owner', () => {
  it('answers about the signed-in user’s deals by default', () => {
    const sent = data('ana@example.com');
    expect(sent.rep).toMatchObject({ owners: ['Ana', 'Ben'], owner: 'Ana', why: 'you' });
    // every deal goes to the sidebar; it keeps Ana's A1, A2, A3
    expect(sent.deals).toHaveLength(6);
    const view = monthlyView(sent);
    expect(view.dealCount).toBe(3);
    // question 8, "what did I learn from my last loss": Ana lost nothing
    expect(answer(view, 8)?.answer).toBeNull();
    // question 2 counts lost deals: none of Ana's
    expect(answer(view, 2)?.figures).toMatchObject({ lost: 0 });
  });

  it('answers about another owner or the whole team when picked', () => {
    const sent = data('ana@example.com');
    const ben = monthlyView(sent, 'Ben');
    expect(ben.dealCount).toBe(3);
    // Ben's last loss is B2, lost over price (the sheet has no lesson column)
    expect(answer(ben, 8)?.answer).toBe('Price too high');
    expect(answer(ben, 2)?.figures).toMatchObject({ lost: 1 });
    const team = monthlyView(sent, '');
    expect(team.dealCount).toBe(6);
    expect(answer(team, 2)?.figures).toMatchObject({ lost: 1 });
  });

  it('assesses the whole team when Google gives no email, and says why through `rep`', () => {
    const sent = data('');
    expect(sent.rep).toMatchObject({ owner: '', why: 'noEmail' });
    expect(monthlyView(sent).dealCount).toBe(6);
  });

  it('works a rep’s answers out from the sheet even when the analytics service answered', () => {
    // the service answers for the whole team, so a rep's view never uses it
    const sent = { ...data('ana@example.com', 'zh'), worker: { report: {}, trends: {} } };
    const view = monthlyView(sent);
    expect(view.source).toBe('sheet');
    // nothing fell back: the sidebar says under the owner filter why the sheet is used
    expect(view.fallbackReason).toBeNull();
  });
});

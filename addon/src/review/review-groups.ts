import type { ReviewGroupView, WeeklyReviewView } from './weekly-review-types';

type Group = ReviewGroupView & { readonly method: 'previous' | 'stageEntered' | 'pastCloseDate' };

/**
 * The advanced and slipped deals the review shows (playbook §4). With two
 * snapshots (`history.reason` ''), they are measured from the Worker's
 * waterfall between them: advanced, deals at a later open stage (a won deal
 * counts as won); slipped, open deals whose expected close date moved from
 * the month of the earlier snapshot to after it; counts and the later
 * amounts. Otherwise they are the estimates from dates the server made
 * (`method` says which). Used by the review sidebar and the review tab, in
 * the browser and in tests.
 */
export function reviewGroups(view: WeeklyReviewView): { advanced: Group; slipped: Group } {
  const { history } = view;
  if (history.reason) return { advanced: view.advanced, slipped: view.slipped };
  const measured = (change: string): Group => {
    // Changed deals still in the later snapshot (a removed deal has no `after`).
    const list = history.deals.filter((d) => d.after && d.changes.includes(change));
    return {
      count: list.length,
      amount: list.reduce((sum, d) => sum + (d.after?.amount ?? 0), 0),
      method: 'previous',
      // Row 0: the deal as the snapshot has it, wherever it is in the sheet now.
      deals: list.map(({ key, name = '', account = '', after }) => ({
        row: 0,
        id: key.startsWith('id:') ? key.slice(3) : '',
        name,
        account,
        stage: after?.stage ?? '',
        amount: after?.amount ?? null,
        closeDate: after?.closeDate ?? '',
      })),
    };
  };
  return { advanced: measured('advanced'), slipped: measured('slipped') };
}

import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';
import type { PushedDeal } from '../../review/weekly-review-types';
import { h } from './h';

const TEXT = {
  title: { en: 'Close dates pushed this week', zh: '本周推迟成交日期的交易' },
  intro: {
    en: "Between the week's snapshots, counted however small the move; how often each was pushed over the last 13 weeks.",
    zh: '依据本周两次快照之间的变化，无论推迟多少都计入；并列出近 13 周的推迟总次数。',
  },
  line: {
    en: '{deal}: pushed {days} d this week · pushed {total}× in 13 weeks',
    zh: '{deal}：本周推迟 {days} 天 · 近 13 周共推迟 {total} 次',
  },
} as const;

const text = textReader(TEXT);

/**
 * The weekly review's list of deals whose close date moved later between
 * the week's snapshots, with how often each was pushed over 13 weeks.
 */
export function pushedSection(deals: readonly PushedDeal[], lang: Language): HTMLElement {
  return h(
    'section',
    { 'data-testid': 'pushed' },
    h('h2', {}, text('title', lang)),
    h('p', { class: 'muted' }, text('intro', lang)),
    h(
      'ul',
      {},
      deals.map((d) =>
        h(
          'li',
          { 'data-key': d.key },
          text('line', lang, {
            deal: [d.name, d.account].filter(Boolean).join(' · ') || d.key,
            days: d.pushedDays,
            total: d.total,
          }),
        ),
      ),
    ),
  );
}

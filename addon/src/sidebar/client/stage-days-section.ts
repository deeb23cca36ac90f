import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';
import type { StageDaysView } from '../../review/measured-stage-days';
import { h } from './h';

const TEXT = {
  title: { en: 'Average days per stage', zh: '各阶段平均天数' },
  intro: {
    en: 'A deal is stalled after twice its stage’s average days.',
    zh: '交易在某阶段停留超过该阶段平均天数的两倍即为停滞。',
  },
  days: { en: '{days} d', zh: '{days} 天' },
  typed: { en: 'typed in the stage table', zh: '阶段表中填写' },
  measured: {
    en: 'measured from the stage dates of {count} deals',
    zh: '依据 {count} 笔交易的阶段日期测得',
  },
  snapshots: {
    en: "measured from the team's snapshots, {count} deals",
    zh: '依据团队快照中 {count} 笔交易测得',
  },
  none: {
    en: 'No stage has average days, so no deal is flagged as stalled: type them in the Stages tab, or add a date column per stage such as "Discovery entered".',
    zh: '没有阶段有平均天数，因此不会标记停滞交易：请在“阶段”工作表中填写，或为每个阶段添加日期列，例如“Discovery entered”。',
  },
} as const;

const text = textReader(TEXT);

/**
 * The weekly review's note on the stalled rule: each open stage's average
 * days and whether it was typed in the stage table or measured from the
 * sheet's stage-history dates or the team's snapshots, or why no deal can
 * be stalled.
 */
export function stageDaysSection(days: readonly StageDaysView[], lang: Language): HTMLElement {
  return h(
    'section',
    { 'data-testid': 'stage-days' },
    h('h2', {}, text('title', lang)),
    h('p', { class: 'muted' }, text('intro', lang)),
    days.length === 0
      ? h('p', { class: 'warn' }, text('none', lang))
      : h(
          'ul',
          {},
          days.map((d) =>
            h(
              'li',
              { 'data-source': d.source },
              `${d.stage}${lang === 'zh' ? '：' : ': '}${text('days', lang, { days: Math.round(d.days * 10) / 10 })} · ${
                d.source === 'typed'
                  ? text('typed', lang)
                  : text(d.source, lang, { count: d.deals })
              }`,
            ),
          ),
        ),
  );
}

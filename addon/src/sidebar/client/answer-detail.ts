import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';
import type { AnswerView } from '../../monthly/monthly-types';

type Figures = Readonly<Record<string, unknown>>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Figures => (typeof v === 'object' && v !== null ? (v as Figures) : {});
const percent = (v: unknown): string => {
  const n = num(v);
  return n === null ? '–' : `${Math.round(n * 100)}%`;
};
const amount = (v: unknown): string => {
  const n = num(v);
  // Grouped by hand, as in the report tab.
  return n === null ? '–' : String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
};

const TEXT = {
  winRate: {
    en: 'Win rate {recent} in {from} – {to} against {previous} in {pfrom} – {pto}',
    zh: '{from} 至 {to} 成交率 {recent}，之前 {pfrom} 至 {pto} 为 {previous}',
  },
  lostAt: {
    en: '{lost} lost deals, {unknown} without a lost-at stage',
    zh: '共 {lost} 笔输单，其中 {unknown} 笔未记录输单阶段',
  },
  buyer: {
    en: 'Economic buyer confirmed on {confirmed} of {scored} scored deals',
    zh: '{scored} 笔已评分交易中，{confirmed} 笔已确认经济决策者',
  },
  dealSize: {
    en: 'Average won deal {recent} in {from} – {to} against {previous} in {pfrom} – {pto}',
    zh: '{from} 至 {to} 平均赢单金额 {recent}，之前 {pfrom} 至 {pto} 为 {previous}',
  },
  objections: {
    en: 'Lost over price {price}, timing {timing}, authority {authority}, status quo {statusQuo}; other {other}, no reason {noReason}',
    zh: '输单原因：价格 {price}，时机 {timing}，决策权 {authority}，维持现状 {statusQuo}；其他 {other}，未填写 {noReason}',
  },
  source: {
    en: '{source}: {won} won, {lost} lost (sources with at least {min} closed deals)',
    zh: '{source}：赢 {won} 笔，输 {lost} 笔（至少 {min} 笔已结束交易的来源）',
  },
  noSource: {
    en: 'No source has {min} closed deals yet',
    zh: '尚无来源达到 {min} 笔已结束交易',
  },
  pareto: {
    en: 'Top {top} of {accounts} accounts bring {topValue} of {wonValue} won',
    zh: '{accounts} 个客户中前 {top} 个贡献了 {wonValue} 中的 {topValue}',
  },
  lastLoss: {
    en: '{deal}, lost {date}: {reason}',
    zh: '{deal}，{date} 输单：{reason}',
  },
  noLoss: { en: 'No lost deal yet', zh: '尚无输单' },
} as const;

const fill = textReader(TEXT);

function windows(f: Figures, show: (v: unknown) => string, field: string) {
  const recent = obj(f.recent);
  const previous = obj(f.previous);
  return {
    recent: show(recent[field]),
    previous: show(previous[field]),
    from: String(recent.from ?? ''),
    to: String(recent.to ?? ''),
    pfrom: String(previous.from ?? ''),
    pto: String(previous.to ?? ''),
  };
}

/**
 * The figures behind a self-assessment answer (playbook §9) in a sentence,
 * in the user's language, for the sidebar and the report tab it writes.
 * Reads the figures defensively: a field the analytics service leaves out
 * shows as "–" or 0, never an error.
 *
 * @example
 * answerDetail({ question: 3, answer: 0.25, figures: { scored: 20, confirmed: 5 } }, 'en')
 * // => 'Economic buyer confirmed on 5 of 20 scored deals'
 */
export function answerDetail(
  a: Pick<AnswerView, 'question' | 'answer' | 'figures'>,
  language: Language,
): string {
  const f = a.figures;
  switch (a.question) {
    case 1:
      return fill('winRate', language, windows(f, percent, 'winRate'));
    case 2:
      return fill('lostAt', language, {
        lost: num(f.lost) ?? 0,
        unknown: num(f.unknownStage) ?? 0,
      });
    case 3:
      return fill('buyer', language, {
        confirmed: num(f.confirmed) ?? 0,
        scored: num(f.scored) ?? 0,
      });
    case 4:
      return fill('dealSize', language, windows(f, amount, 'averageDealSize'));
    case 5:
      return fill('objections', language, {
        price: num(f.price) ?? 0,
        timing: num(f.timing) ?? 0,
        authority: num(f.authority) ?? 0,
        statusQuo: num(f.statusQuo) ?? 0,
        other: num(f.other) ?? 0,
        noReason: num(f.noReason) ?? 0,
      });
    case 6: {
      const min = num(f.minClosed) ?? 3;
      const sources = Array.isArray(f.sources) ? f.sources.map(obj) : [];
      const best = sources.find((s) => s.source === a.answer);
      if (!best) return fill('noSource', language, { min });
      return fill('source', language, {
        source: String(best.source),
        won: num(best.won) ?? 0,
        lost: num(best.lost) ?? 0,
        min,
      });
    }
    case 7:
      return fill('pareto', language, {
        top: num(f.topAccounts) ?? 0,
        accounts: num(f.accounts) ?? 0,
        topValue: amount(f.topValue),
        wonValue: amount(f.wonValue),
      });
    case 8:
      if (f.row === null || f.row === undefined) return TEXT.noLoss[language];
      return fill('lastLoss', language, {
        deal: String(f.name ?? f.id ?? f.account ?? `#${f.row}`),
        date: String(f.closeDate ?? ''),
        reason: String(f.lossReason ?? '–'),
      });
  }
}

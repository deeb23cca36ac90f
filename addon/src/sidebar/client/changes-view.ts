import { WATERFALL_ORDER } from '../../../../shared/snapshots/waterfall-order';
import type { Language } from '../../../../shared/types';
import type {
  ChangesReason,
  ChangesTabLayout,
  PipelineChangesData,
  WorkerAnswer,
} from '../../changes/changes-types';
import { changesText } from './changes-text';
import { formatMoney } from './format-money';

/** Every change kind in waterfall order; the first eight are always shown, the rest when they occur. */
export const CHANGE_KINDS = WATERFALL_ORDER;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
const ALWAYS = 8;

interface DealState {
  readonly stage: string;
  readonly amount: number | null;
  readonly closeDate?: string;
}

/** One changed deal as /v1/waterfall sends it. */
export interface ChangedDeal {
  readonly key: string;
  readonly name?: string;
  readonly owner?: string;
  readonly changes: string[];
  readonly before: DealState | null;
  readonly after: DealState | null;
}

/** One kind of change with its count, amount and deals. */
export interface ChangeGroup {
  readonly kind: ChangeKind;
  readonly label: string;
  readonly count: number;
  readonly amount: number;
  readonly deals: ChangedDeal[];
}

/** One month of /v1/trends. */
export interface TrendMonth {
  readonly month: string;
  readonly won: number;
  readonly lost: number;
  readonly winRate: number | null;
  readonly openPipeline: number | null;
  readonly weightedPipeline: number | null;
  readonly coverage: number | null;
  readonly cycleDays: number | null;
}

/** The server's answer with every field there: empty where there is nothing to compare. */
export interface ChangesView
  extends Required<Omit<PipelineChangesData, 'reason' | 'waterfall' | 'trends' | 'accuracy'>> {
  readonly reason: ChangesReason | '';
  readonly waterfall: WorkerAnswer | null;
  readonly trends: WorkerAnswer | null;
  readonly accuracy: WorkerAnswer | null;
}

/** Fills in what getChanges leaves out when there is nothing to compare. */
export function changesView(data: PipelineChangesData): ChangesView {
  return {
    reason: '',
    detail: '',
    snapshots: [],
    from: '',
    to: '',
    period: '',
    waterfall: null,
    trends: null,
    accuracy: null,
    ...data,
  };
}

/** The sentence for a refused call: the Worker's own title and detail, or the status. */
export function answerProblem(answer: WorkerAnswer | null, language: Language): string | null {
  if (!answer || answer.status === 200) return null;
  const { title, detail } = answer.body;
  const said = [title, detail].filter((t) => typeof t === 'string').join(': ');
  return changesText('workerSaid', language, {
    detail: `HTTP ${answer.status}${said ? ` ${said}` : ''}`,
  });
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * The waterfall's change kinds with their deals, checked.
 *
 * @throws Error naming the part of the answer it cannot read
 */
export function changeGroups(body: WorkerAnswer['body'], language: Language): ChangeGroup[] {
  const { totals, deals } = body;
  if (!totals || typeof totals !== 'object' || !Array.isArray(deals)) {
    throw new Error(changesText('badAnswer', language, { what: '/v1/waterfall totals, deals' }));
  }
  for (const deal of deals as ChangedDeal[]) {
    if (typeof deal?.key !== 'string' || !Array.isArray(deal.changes)) {
      throw new Error(changesText('badAnswer', language, { what: '/v1/waterfall deals' }));
    }
  }
  return CHANGE_KINDS.map((kind) => {
    const total = totals[kind] ?? { count: 0, amount: 0 };
    if (!isNumber(total.count) || !isNumber(total.amount)) {
      throw new Error(changesText('badAnswer', language, { what: `/v1/waterfall totals.${kind}` }));
    }
    return {
      kind,
      label: changesText(kind, language),
      count: total.count,
      amount: total.amount,
      deals: (deals as ChangedDeal[]).filter((d) => d.changes.includes(kind)),
    };
  }).filter((group, i) => i < ALWAYS || group.count > 0);
}

/**
 * The months of a /v1/trends answer, checked.
 *
 * @throws Error when the answer has no list of months
 */
export function trendMonths(body: WorkerAnswer['body'], language: Language): TrendMonth[] {
  const months = body.months;
  if (!Array.isArray(months) || !months.every((m) => typeof m?.month === 'string')) {
    throw new Error(changesText('badAnswer', language, { what: '/v1/trends months' }));
  }
  return months as TrendMonth[];
}

/** A deal's name, else its key without the `id:` or `name:` prefix. */
export const dealName = (deal: ChangedDeal) => deal.name || deal.key.replace(/^\w+:/, '');

const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : v);

/**
 * The changes tab: title, the slip period and pipeline bridge, the count and
 * amount of each kind, one row per kind and deal (stage, amount and close
 * date before and after), the trends table both charts read, and the
 * forecast accuracy when the Worker answered it.
 */
export function changesTabLayout(data: ChangesView): ChangesTabLayout {
  const lang = data.language;
  const t = (key: Parameters<typeof changesText>[0], values?: Record<string, string | number>) =>
    changesText(key, lang, values);
  const rows: ChangesTabLayout['rows'] = [];
  const titles: number[] = [];
  const title = (text: string) => {
    rows.push([text]);
    titles.push(rows.length);
  };
  const waterfall = data.waterfall?.status === 200 ? data.waterfall.body : null;
  title(`${t('title')} ${data.from} – ${data.to}`);
  if (waterfall) {
    const groups = changeGroups(waterfall, lang);
    const p = waterfall.pipeline ?? {};
    rows.push([t('slipPeriod', { period: waterfall.period?.label ?? '' })]);
    rows.push([
      t('bridge', {
        start: formatMoney(p.start),
        end: formatMoney(p.end),
        unchanged: waterfall.unchanged ?? '–',
      }),
    ]);
    rows.push([]);
    title(t('between', { from: data.from, to: data.to }));
    rows.push([t('kind'), t('count'), t('amount')]);
    for (const g of groups) rows.push([g.label, g.count, g.amount]);
    rows.push([]);
    rows.push([
      t('kind'),
      t('deal'),
      t('stageBefore'),
      t('stageAfter'),
      t('amountBefore'),
      t('amountAfter'),
      t('closeBefore'),
      t('closeAfter'),
    ]);
    titles.push(rows.length);
    for (const g of groups) {
      for (const d of g.deals) {
        rows.push([
          g.label,
          dealName(d),
          cell(d.before?.stage),
          cell(d.after?.stage),
          cell(d.before?.amount),
          cell(d.after?.amount),
          cell(d.before?.closeDate),
          cell(d.after?.closeDate),
        ]);
      }
    }
    rows.push([]);
  }
  title(t('trends'));
  const months = data.trends?.status === 200 ? trendMonths(data.trends.body, lang) : [];
  rows.push([
    t('month'),
    t('winRate'),
    t('won'),
    t('lost'),
    t('open'),
    t('weighted'),
    t('coverage'),
    t('cycle'),
  ]);
  const headerRow = rows.length;
  titles.push(headerRow);
  for (const m of months) {
    rows.push([
      m.month,
      cell(m.winRate),
      m.won,
      m.lost,
      cell(m.openPipeline),
      cell(m.weightedPipeline),
      cell(m.coverage),
      cell(m.cycleDays),
    ]);
  }
  const accuracy = data.accuracy?.status === 200 ? data.accuracy.body : null;
  if (accuracy?.forecast && accuracy.accuracy) {
    rows.push([]);
    title(t('accuracy', { period: accuracy.period?.label ?? data.period }));
    rows.push([
      t('forecastFrom', {
        forecast: accuracy.forecastAsOf ?? '–',
        actual: accuracy.actualAsOf ?? '–',
      }),
    ]);
    rows.push(['', t('forecast'), t('actual'), t('ratio')]);
    titles.push(rows.length);
    for (const key of ['commit', 'commitBestCase'] as const) {
      const a = accuracy.accuracy[key] ?? {};
      rows.push([
        t(key === 'commit' ? 'commit' : 'bestCase'),
        cell(accuracy.forecast[key]),
        cell(accuracy.actual?.won),
        cell(a.ratio),
        a.ratio === null || a.ratio === undefined
          ? ''
          : t(a.withinTarget ? 'onTarget' : 'offTarget'),
      ]);
    }
  }
  return { rows, titles, trends: { headerRow, rows: months.length } };
}

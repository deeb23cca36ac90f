import {
  ACTIVITY_METRICS,
  activityByRep,
  DEFAULT_STAGE_TABLE,
  findStage,
  label,
  normalizeStageKey,
  parseAmount,
  parseDay,
  type RepActivity,
  type SelfScoreRow,
  selfScoreVsOutcome,
  skillOutcomes,
  type TerritoryAccount,
  type TerritoryReview,
  territoryReview,
} from '../../../../shared/index';
import type { AccountTier, DayNumber, IcpFit, Language } from '../../../../shared/types';
import type { MonthlyAssessmentView, TemplateTabView } from '../../monthly/monthly-types';
import {
  ACCOUNTS,
  ACTIVITY,
  type ColumnKind,
  type Template,
  TIERS,
  WIN_LOSS,
} from '../../setup/templates';
import { type MONTHLY_TEXT, monthlyText } from './monthly-text';

/** The territory review of the accounts tab (playbook §6). */
export interface TerritorySection {
  readonly tab: string;
  readonly asOf: string;
  readonly review: TerritoryReview;
}

/** The month's activity per rep (playbook §8). */
export interface ActivitySection {
  readonly tab: string;
  readonly reps: RepActivity[];
}

/** The month's closed deals of the win/loss tab and the self-scores (playbook §9). */
export interface WinLossSection {
  readonly tab: string;
  readonly won: number;
  readonly lost: number;
  /** Won deals by primary reason, most frequent first. */
  readonly winReasons: { reason: string; count: number; amount: number }[];
  readonly notes: { deal: string; won: boolean; worked: string; didNot: string; lesson: string }[];
  /** Self-score per skill next to its outcome; `stage` is the stage's name in the user's language. */
  readonly skills: (SelfScoreRow & { readonly stage: string | null })[];
}

/** What the monthly sidebar works out from the template tabs. */
export interface MonthlySections {
  readonly territory: TerritorySection | null;
  readonly activity: ActivitySection | null;
  readonly winLoss: WinLossSection | null;
  /** Cells left out, in the user's language. */
  readonly problems: string[];
}

type Cells = Record<string, string | number | null>;

const FITS: readonly IcpFit[] = ['full', 'partial', 'none'];
const WHAT: Record<Exclude<ColumnKind, 't' | 'l'>, keyof typeof MONTHLY_TEXT> = {
  d: 'aDate',
  n: 'aCount',
  w: 'aDays',
  p: 'aShare',
  s: 'aScore',
};

/** Normalised word → value: the words of both languages, the shared labels and the codes. */
function words<T>(values: readonly T[], names: (v: T, l: Language) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const v of values) {
    for (const l of ['en', 'zh'] as const) {
      for (const name of [String(v), ...names(v, l)]) map.set(normalizeStageKey(name), v);
    }
  }
  return map;
}

const TIER_OF = words(TIERS, (t, l) => {
  const word = label(`tier.${t}`, l);
  return [word, word.replace(/客户$/, '')];
});
const FIT_OF = words(FITS, (f, l) => [label(`fit.${f}`, l), `${f} fit`]);
const PAIN_OF = words([true, false], (p, l) => [
  label(p ? 'yes' : 'no', l),
  p ? 'y' : 'n',
  p ? 'true' : 'false',
  p ? '有' : '无',
]);

/** A tier in the words of the accounts tab's dropdown. */
export function tierName(tier: AccountTier | null, language: Language): string {
  return label(tier === null ? 'none' : `tier.${tier}`, language);
}

function readCell(kind: ColumnKind, value: string | number | boolean): string | number | undefined {
  if (kind === 't' || kind === 'l') return String(value).trim();
  try {
    const n = kind === 'd' ? parseDay(value) : parseAmount(value);
    if (n === null) return undefined;
    const ok =
      kind === 'd' ||
      (n >= 0 &&
        (kind === 'n' ||
          (kind === 'w' && n >= 0.5 && n <= 7) ||
          (kind === 'p' && n <= 1) ||
          (kind === 's' && Number.isInteger(n) && n <= 5 && n >= 1)));
    return ok ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the monthly sections (playbook §6, §8, §9) from the template tabs the
 * server sent: the territory review of the accounts tab as of today, each
 * rep's activity in the month against the targets, and the month's closed
 * deals of the win/loss tab with their reasons, notes and process
 * self-scores set next to the outcomes of the month's closed-deal funnel.
 * A cell that does not read is left out and said in `problems`; a missing
 * tab gives a null section.
 */
export function monthlySections(view: MonthlyAssessmentView): MonthlySections {
  const lang = view.language;
  const problems: string[] = [];
  const bad = (tab: string, row: number, column: string, value: unknown, what: string) =>
    problems.push(
      monthlyText('cellProblem', lang, { tab, row, column, value: String(value), what }),
    );

  /** The tab's rows by column key; blank rows skipped. */
  /** Each template's headers as the tab spells them (the template's own where a column is missing). */
  const headers = new Map<Template, string[]>();
  const rows = (tab: TemplateTabView, t: Template) => {
    const [header = [], ...lines] = tab.values;
    const key = (v: unknown) => String(v).trim().toLowerCase();
    const at = t.columns.map((c) =>
      header.findIndex((h) => key(h) === key(c[1]) || key(h) === key(c[2])),
    );
    headers.set(
      t,
      t.columns.map((c, i) => (at[i] < 0 ? c[lang === 'zh' ? 2 : 1] : String(header[at[i]]))),
    );
    const out: { row: number; cells: Cells; unread: Set<string> }[] = [];
    lines.forEach((line, i) => {
      const cells: Cells = {};
      const unread = new Set<string>();
      let blank = true;
      t.columns.forEach(([k, , , kind, list], c) => {
        const value = at[c] < 0 ? '' : line[at[c]];
        cells[k] = null;
        if (value === undefined || value === null || String(value).trim() === '') return;
        blank = false;
        const got = readCell(kind, value);
        if (got === undefined) {
          const what = list ? list[lang].join(' / ') : monthlyText(WHAT[kind as 'd'], lang);
          bad(tab.name, i + 2, String(header[at[c]]), value, what);
          unread.add(k);
        } else cells[k] = got;
      });
      if (!blank) out.push({ row: i + 2, cells, unread });
    });
    return out;
  };
  const column = (t: Template, k: string) =>
    headers.get(t)![t.columns.findIndex((x) => x[0] === k)];
  const pick = <T>(tab: string, row: number, cells: Cells, k: string, map: Map<string, T>) => {
    const v = cells[k];
    if (v === null) return undefined;
    const got = map.get(normalizeStageKey(String(v)));
    if (got === undefined) {
      const c = ACCOUNTS.columns.find((x) => x[0] === k)!;
      bad(tab, row, column(ACCOUNTS, k), v, c[4]![lang].join(' / '));
    }
    return got;
  };

  const today = parseDay(view.today) as DayNumber;
  const [year, month] = view.month.split('-').map(Number);
  const from = parseDay(`${view.month}-01`) as DayNumber;
  const to =
    (parseDay(
      month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`,
    ) as DayNumber) - 1;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');

  let territory: TerritorySection | null = null;
  if (view.tabs.accounts) {
    const tab = view.tabs.accounts.name;
    const list: TerritoryAccount[] = [];
    for (const { row, cells } of rows(view.tabs.accounts, ACCOUNTS)) {
      const last = cells.lastTouch;
      if (typeof last === 'number' && last > today) {
        bad(tab, row, column(ACCOUNTS, 'lastTouch'), isoOf(last), monthlyText('notFuture', lang));
        continue;
      }
      const icpFit = pick(tab, row, cells, 'icpFit', FIT_OF);
      const visiblePain = pick(tab, row, cells, 'visiblePain', PAIN_OF);
      list.push({
        account: text(cells.account) || `#${row}`,
        row,
        tier: pick(tab, row, cells, 'tier', TIER_OF) ?? null,
        ...(typeof last === 'number' ? { lastTouch: last } : {}),
        ...(icpFit ? { icpFit } : {}),
        ...(visiblePain === undefined ? {} : { visiblePain }),
      });
    }
    territory = { tab, asOf: view.today, review: territoryReview(list, today) };
  }

  let activity: ActivitySection | null = null;
  if (view.tabs.activity) {
    const tab = view.tabs.activity.name;
    const list = [];
    for (const { row, cells, unread } of rows(view.tabs.activity, ACTIVITY)) {
      const { rep, date, days } = cells;
      const missing =
        typeof date !== 'number' ? 'date' : typeof days !== 'number' ? 'days' : !rep ? 'rep' : null;
      if (missing) {
        // Left out as a whole: the row cannot be placed in a month or turned into rates.
        if (!unread.has(missing))
          bad(tab, row, column(ACTIVITY, missing), '', monthlyText('aValue', lang));
        continue;
      }
      if ((date as number) < from || (date as number) > to) continue;
      const counts: Partial<Record<(typeof ACTIVITY_METRICS)[number], number | null>> = {};
      for (const m of ACTIVITY_METRICS) counts[m] = cells[m] as number | null;
      list.push({ rep: String(rep), row, days: days as number, counts });
    }
    activity = { tab, reps: activityByRep(list) };
  }

  let winLoss: WinLossSection | null = null;
  if (view.tabs.winLoss) {
    const tab = view.tabs.winLoss.name;
    const scores: Cells[] = [];
    const reasons = new Map<string, { reason: string; count: number; amount: number }>();
    const notes: WinLossSection['notes'] = [];
    let won = 0;
    let lost = 0;
    for (const { row, cells, unread } of rows(view.tabs.winLoss, WIN_LOSS)) {
      const close = cells.closeDate;
      if (typeof close !== 'number') {
        if (!unread.has('closeDate'))
          bad(tab, row, column(WIN_LOSS, 'closeDate'), '', monthlyText('aValue', lang));
        continue;
      }
      if (close < from || close > to) continue;
      const kind = findStage(DEFAULT_STAGE_TABLE, text(cells.outcome))?.kind;
      if (kind !== 'won' && kind !== 'lost') {
        bad(
          tab,
          row,
          column(WIN_LOSS, 'outcome'),
          cells.outcome ?? '',
          `${label('won', lang)} / ${label('lost', lang)}`,
        );
        continue;
      }
      if (kind === 'won') {
        won++;
        const reason = text(cells.reason) || label('none', lang);
        const r = reasons.get(reason) ?? { reason, count: 0, amount: 0 };
        r.count++;
        r.amount += typeof cells.amount === 'number' ? cells.amount : 0;
        reasons.set(reason, r);
      } else lost++;
      scores.push(cells);
      notes.push({
        deal: text(cells.deal) || text(cells.account) || text(cells.dealId) || `#${row}`,
        won: kind === 'won',
        worked: text(cells.worked),
        didNot: text(cells.didNot),
        lesson: text(cells.lesson),
      });
    }
    const outcomes = skillOutcomes(view.monthFunnel, {
      tier1Coverage: territory?.review.tiers[1].coverage ?? null,
    });
    winLoss = {
      tab,
      won,
      lost,
      winReasons: [...reasons.values()].sort((a, b) => b.count - a.count || b.amount - a.amount),
      notes,
      skills: selfScoreVsOutcome(scores as never, outcomes).map((s) => ({
        ...s,
        stage: view.monthFunnel.find((f) => f.stage === s.outcome.stage)?.name ?? null,
      })),
    };
  }
  return { territory, activity, winLoss, problems };
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// The weekly review's forecast call (playbook §3): the rep submits what they
// commit to win in the quota period, prefilled with the Closed + Commit
// figure, with an optional best case and note; and each rep's call for the
// period before against what they won. Both go through the analytics Worker
// (addon/src/forecast/forecast-call.ts); nothing typed is lost on an error.

import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';
import { callPeriods, callRep } from '../../forecast/call-period';
import type { ForecastCallAnswer } from '../../forecast/forecast-call-types';
import type { WeeklyReviewView } from '../../review/weekly-review-types';
import { call } from './call';
import { errorBox } from './error-box';
import { formatMoney } from './format-money';
import { formatPercent } from './format-percent';
import { h } from './h';
import { readAmount } from './read-amount';

/** The forecast call's words, in English and Simplified Chinese. */
export const CALL_TEXT = {
  heading: { en: 'My forecast call, {period}', zh: '我的预测（{period}）' },
  submit: { en: 'Submit my call', zh: '提交我的预测' },
  sending: { en: 'Sending…', zh: '正在提交…' },
  storedAs: {
    en: 'Stored under the rep name “{rep}”',
    zh: '以销售代表名称“{rep}”保存',
  },
  commit: { en: 'Commit', zh: '承诺金额' },
  commitHint: {
    en: 'Prefilled with Closed + Commit: {amount}',
    zh: '已预填 已成交 + 肯定会成交：{amount}',
  },
  bestCase: { en: 'Best case (optional)', zh: '最佳情况（可选）' },
  note: { en: 'Note (optional)', zh: '备注（可选）' },
  notNumber: { en: 'Enter a number, such as 120000', zh: '请输入数字，例如 120000' },
  negative: { en: 'Must be 0 or more', zh: '不能为负数' },
  tooLong: { en: 'At most 500 characters', zh: '最多 500 个字符' },
  stored: {
    en: '✓ Stored for {rep}: commit {commit}{bestCase}, version {version}',
    zh: '✓ 已为 {rep} 保存：承诺 {commit}{bestCase}，版本 {version}',
  },
  storedBestCase: { en: ', best case {amount}', zh: '，最佳情况 {amount}' },
  current: {
    en: 'Your call on record: commit {commit}{bestCase}, version {version}',
    zh: '已保存的预测：承诺 {commit}{bestCase}，版本 {version}',
  },
  conflict: {
    en: 'A newer call for {rep} was stored while this was open, so yours was not sent. What you typed is kept; submit again to replace the call shown above.',
    zh: '在此期间 {rep} 已保存了更新的预测，因此未提交您的预测。您输入的内容仍在；再次提交将替换上方显示的预测。',
  },
  noWorker: {
    en: 'Calls are kept by the analytics service: set its URL in Settings first.',
    zh: '预测保存在分析服务中：请先在设置中填写其网址。',
  },
  noKey: {
    en: 'Calls are kept by the analytics service: save its API key in Settings first.',
    zh: '预测保存在分析服务中：请先在设置中保存其 API 密钥。',
  },
  refused: {
    en: 'The analytics service refused (HTTP {status}): {detail}',
    zh: '分析服务拒绝了请求（HTTP {status}）：{detail}',
  },
  accuracy: { en: 'Call accuracy, {period}', zh: '预测准确度（{period}）' },
  showAccuracy: { en: 'Show call accuracy of {period}', zh: '查看 {period} 的预测准确度' },
  noCalls: {
    en: 'No forecast calls were submitted for {period}.',
    zh: '{period} 没有提交任何预测。',
  },
  noSnapshot: {
    en: 'No snapshot dated in or after {period} yet, so nothing won can be read.',
    zh: '还没有 {period} 当期或之后的快照，无法读取赢单。',
  },
  asOf: { en: 'Won deals read from the snapshot of {date}', zh: '赢单读取自 {date} 的快照' },
  callWon: {
    en: 'Call {call} · won {won} ({count} deals)',
    zh: '预测 {call} · 赢单 {won}（{count} 笔）',
  },
  ratio: { en: 'Won / call', zh: '赢单 / 预测' },
  ofActual: { en: '±10% of won', zh: '赢单 ±10%' },
  hubspot: { en: 'HubSpot', zh: 'HubSpot' },
  byDeals: {
    en: 'By deals: Commit {committed} · won {won} · won / Commit {ratio}',
    zh: '按笔数：肯定会成交 {committed} 笔 · 赢单 {won} 笔 · 赢单 / 肯定会成交 {ratio}',
  },
  legend: {
    en: 'Won / call within 90%–110% (playbook §3); ±10% of won: |won − call| ≤ 10% of won; HubSpot: max(0, 1 − |won − call| / won).',
    zh: '赢单 / 预测 在 90%–110% 之间（手册第 3 节）；赢单 ±10%：|赢单 − 预测| ≤ 赢单的 10%；HubSpot：max(0, 1 − |赢单 − 预测| / 赢单)。',
  },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
} as const;

/** A forecast call text in the language, with `{name}` placeholders filled in. */
export const callText = textReader(CALL_TEXT);

/** The line saying why the Worker could not be asked or what it refused; '' when it answered. */
function problemText(answer: ForecastCallAnswer, lang: Language, ok: number[]): string {
  if ('reason' in answer) return callText(answer.reason, lang);
  if (ok.includes(answer.status)) return '';
  return callText('refused', lang, {
    status: answer.status,
    detail: answer.body.detail ?? answer.body.title ?? '',
  });
}

interface Field {
  readonly wrap: HTMLElement;
  readonly control: HTMLInputElement | HTMLTextAreaElement;
  readonly error: HTMLElement;
}

function field(
  key: string,
  name: string,
  control: HTMLInputElement | HTMLTextAreaElement,
  hint = '',
): Field {
  const id = `call-${key}`;
  control.id = id;
  control.setAttribute('data-testid', id);
  control.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
  const error = h('div', { class: 'field-error', id: `${id}-error`, 'data-testid': `${id}-error` });
  const wrap = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, name),
    control,
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null,
    error,
  );
  return { wrap, control, error };
}

function setError(f: Field, message: string): void {
  f.error.textContent = message;
  f.wrap.classList.toggle('invalid', message !== '');
  f.control.setAttribute('aria-invalid', message ? 'true' : 'false');
}

/** Each rep's call against what they won, with the three measures. */
function accuracyTable(body: Record<string, unknown>, lang: Language, period: string): HTMLElement {
  type Row = {
    rep: string;
    call: { commit: number };
    actual: { won: number; count: number };
    accuracy: {
      ratio: number | null;
      withinTarget: boolean | null;
      withinTenPercentOfActual: boolean;
      hubspot: number;
    };
    // The same 10% rule on deal counts; null (or absent) without a snapshot in the period.
    byDeals?: {
      committed: number;
      won: number;
      ratio: number | null;
      withinTarget: boolean | null;
    } | null;
  };
  const reps = (body.reps ?? []) as Row[];
  if (reps.length === 0) {
    return h(
      'p',
      { class: 'muted', 'data-testid': 'call-accuracy' },
      callText('noCalls', lang, { period }),
    );
  }
  const yesNo = (value: boolean | null) =>
    value === null ? '–' : callText(value ? 'yes' : 'no', lang);
  const [colon, open, close] = lang === 'zh' ? ['：', '（', '）'] : [': ', ' (', ')'];
  return h(
    'div',
    { 'data-testid': 'call-accuracy' },
    h(
      'ul',
      { class: 'call-accuracy' },
      reps.map((r) =>
        h(
          'li',
          { 'data-testid': 'call-accuracy-rep', 'data-within': String(r.accuracy.withinTarget) },
          h('strong', {}, r.rep),
          h(
            'div',
            {},
            callText('callWon', lang, {
              call: formatMoney(r.call.commit),
              won: formatMoney(r.actual.won),
              count: r.actual.count,
            }),
          ),
          h(
            'div',
            { class: 'muted' },
            [
              `${callText('ratio', lang)} ${
                r.accuracy.ratio === null
                  ? '–'
                  : `${formatPercent(r.accuracy.ratio)}${open}${yesNo(r.accuracy.withinTarget)}${close}`
              }`,
              `${callText('ofActual', lang)}${colon}${yesNo(r.accuracy.withinTenPercentOfActual)}`,
              `${callText('hubspot', lang)} ${formatPercent(r.accuracy.hubspot)}`,
            ].join(' · '),
          ),
          r.byDeals
            ? h(
                'div',
                { class: 'muted', 'data-testid': 'call-accuracy-deals' },
                callText('byDeals', lang, {
                  committed: r.byDeals.committed,
                  won: r.byDeals.won,
                  ratio:
                    r.byDeals.ratio === null
                      ? '–'
                      : `${formatPercent(r.byDeals.ratio)}${open}${yesNo(r.byDeals.withinTarget)}${close}`,
                }),
              )
            : null,
        ),
      ),
    ),
    h('p', { class: 'muted' }, callText('asOf', lang, { date: String(body.actualAsOf ?? '') })),
    h('p', { class: 'muted', 'data-testid': 'call-legend' }, callText('legend', lang)),
  );
}

/**
 * The forecast call section for the review's quota period, or null when the
 * review has no quota period a call can be stored for (a calendar month,
 * quarter or year).
 */
export function forecastCallSection(view: WeeklyReviewView): HTMLElement | null {
  const lang = view.language;
  const periods = callPeriods(view.coverage.period.start, view.coverage.period.end);
  if (!periods || view.forecast.length === 0) return null;
  const { period, previous } = periods;
  const rep = callRep(view.rep.owner);
  const closedCommit = view.forecast.find((row) => row.category === 'commit')?.cumulative ?? 0;

  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'call-status' });
  // The stored call's version: sent as If-Match so a newer call is not replaced unseen.
  let version: number | null = null;
  const current = h('p', { class: 'muted', 'data-testid': 'call-current' });
  const showCurrent = (stored: Record<string, unknown>) => {
    if (typeof stored.version !== 'number') return;
    version = stored.version;
    current.textContent = callText('current', lang, {
      commit: formatMoney(stored.commit as number),
      bestCase:
        typeof stored.bestCase === 'number'
          ? callText('storedBestCase', lang, { amount: formatMoney(stored.bestCase) })
          : '',
      version: stored.version,
    });
  };
  const loadCurrent = async () => {
    try {
      const answer = await call('getForecastCall', period, rep);
      if ('status' in answer && answer.status === 200) showCurrent(answer.body);
    } catch {
      // without the stored call, a submit simply replaces any earlier one
    }
  };
  void loadCurrent();
  const problem = h('div', {});
  const commit = field(
    'commit',
    callText('commit', lang),
    h('input', {
      type: 'text',
      inputmode: 'decimal',
      value: String(closedCommit),
    }) as HTMLInputElement,
    callText('commitHint', lang, { amount: formatMoney(closedCommit) }),
  );
  const bestCase = field(
    'best-case',
    callText('bestCase', lang),
    h('input', { type: 'text', inputmode: 'decimal' }) as HTMLInputElement,
  );
  const note = field(
    'note',
    callText('note', lang),
    h('textarea', { rows: '2', maxlength: '500' }) as HTMLTextAreaElement,
  );
  const byWorkerField: Record<string, Field> = { commit, bestCase, note };
  const submit = h(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'call-submit' },
    callText('submit', lang),
  ) as HTMLButtonElement;

  const form = h(
    'form',
    { 'data-testid': 'call-form', novalidate: '' },
    h('p', { class: 'muted' }, callText('storedAs', lang, { rep })),
    current,
    commit.wrap,
    bestCase.wrap,
    note.wrap,
    problem,
    h('div', { class: 'row' }, submit, status),
  ) as HTMLFormElement;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.replaceChildren();
    status.textContent = '';
    const amounts = [commit, bestCase].map((f) => readAmount(f.control.value));
    const [commitValue, bestValue] = amounts;
    setError(
      commit,
      commitValue === undefined || commitValue === 'notNumber'
        ? callText('notNumber', lang)
        : commitValue === 'negative'
          ? callText('negative', lang)
          : '',
    );
    setError(bestCase, typeof bestValue === 'string' ? callText(bestValue, lang) : '');
    setError(note, note.control.value.length > 500 ? callText('tooLong', lang) : '');
    const invalid = [commit, bestCase, note].find((f) => f.error.textContent);
    if (invalid || typeof commitValue !== 'number' || typeof bestValue === 'string') {
      invalid?.control.focus();
      return;
    }
    const text = note.control.value.trim();
    submit.disabled = true;
    status.className = 'status muted';
    status.textContent = callText('sending', lang);
    try {
      const answer = await call(
        'submitForecastCall',
        period,
        rep,
        {
          commit: commitValue,
          ...(bestValue === undefined ? {} : { bestCase: bestValue }),
          ...(text ? { note: text } : {}),
        },
        version,
      );
      if ('status' in answer && answer.status === 412) {
        status.textContent = '';
        await loadCurrent();
        problem.replaceChildren(errorBox(callText('conflict', lang, { rep })));
        return;
      }
      const refused = problemText(answer, lang, [200, 201]);
      if (refused) {
        status.textContent = '';
        if ('status' in answer) {
          for (const e of (answer.body.errors ?? []) as { field: string; message: string }[]) {
            const f = byWorkerField[e.field];
            if (f) setError(f, e.message);
          }
        }
        problem.replaceChildren(errorBox(refused));
        return;
      }
      const stored = (answer as Extract<ForecastCallAnswer, { status: number }>).body;
      showCurrent(stored);
      status.className = 'status ok';
      status.textContent = callText('stored', lang, {
        rep: stored.rep,
        commit: formatMoney(stored.commit),
        bestCase:
          stored.bestCase === null
            ? ''
            : callText('storedBestCase', lang, { amount: formatMoney(stored.bestCase) }),
        version: stored.version,
      });
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });

  const accuracy = h('div', {});
  const show = h(
    'button',
    { type: 'button', 'data-testid': 'call-accuracy-show' },
    callText('showAccuracy', lang, { period: previous }),
  ) as HTMLButtonElement;
  show.addEventListener('click', async () => {
    show.disabled = true;
    accuracy.replaceChildren();
    try {
      const answer = await call('getForecastAccuracy', previous);
      const refused = problemText(answer, lang, [200, 404]);
      accuracy.replaceChildren(
        refused
          ? errorBox(refused)
          : 'status' in answer && answer.status === 404
            ? h(
                'p',
                { class: 'muted', 'data-testid': 'call-accuracy' },
                callText('noSnapshot', lang, { period: previous }),
              )
            : h(
                'section',
                {},
                h('h3', {}, callText('accuracy', lang, { period: previous })),
                accuracyTable((answer as { body: Record<string, unknown> }).body, lang, previous),
              ),
      );
    } catch (error) {
      accuracy.replaceChildren(errorBox(error));
    } finally {
      show.disabled = false;
    }
  });

  return h(
    'section',
    { 'data-testid': 'forecast-call' },
    h('h2', {}, callText('heading', lang, { period })),
    form,
    h('div', { class: 'row' }, show),
    accuracy,
  );
}

// Monthly self-assessment sidebar (playbook §9): pick a month, then the
// server reads the pipeline tab (and the analytics service's answers when one
// is set up) and this page answers the eight questions, works out the funnel,
// loss reasons, the cohort win rate of the deals created in the last twelve
// months, and the sections of the accounts, activity and win/loss tabs
// (territory review, activity against targets, self-scores against outcomes),
// lays out the report and sends it to the server, which checks it and writes
// the report tab with its charts. The analysis, its words and the layout live
// here, in the page, so they stay out of Code.js. A progress bar and a step
// list show where it is; the answers appear as soon as they are known, before
// the tab is written. An owner filter (shown once the deals are read) narrows
// everything to one rep's deals, by default the signed-in user's through
// Settings' owner mapping; picking another owner works the answers out again
// here, and the next run writes the tab for that owner.

import { addonText } from '../../../shared/content/addon-text';
import { label } from '../../../shared/labels/label';
import type { Language } from '../../../shared/types';
import type {
  AnswerView,
  MonthlyAssessmentView,
  MonthlyData,
  MonthRowView,
} from '../monthly/monthly-types';
import { answerDetail } from './client/answer-detail';
import { call } from './client/call';
import { defaultMonth } from './client/default-month';
import { errorBox } from './client/error-box';
import { formatMoney } from './client/format-money';
import { formatPercent } from './client/format-percent';
import { h } from './client/h';
import { monthlyReportLayout } from './client/monthly-report-layout';
import { monthlyReportSections } from './client/monthly-report-sections';
import { monthlySectionElements } from './client/monthly-section-elements';
import { monthlySections } from './client/monthly-sections';
import { monthlyView } from './client/monthly-view';
import { cohortElement, cohortReportSection, monthlyCohorts } from './client/monthly-cohorts';
import { mount } from './client/mount';
import { ownerPicker, ownerText } from './client/owner-picker';
import { problemsNote } from './client/problems-note';
import { setPageLanguage } from './client/set-page-language';
import { sidebarText } from './client/sidebar-text';
import { templateQuery } from './client/template-query';

/** The language until the server says which one the user chose: the browser's. */
const startLanguage: Language = /^zh\b/i.test(navigator.language) ? 'zh' : 'en';

/** A progress bar with a list of steps, each pending, active, done or failed. */
function progress(count: number, texts: () => string[]) {
  const bar = h('div', { style: 'width: 0%' });
  const meter = h(
    'div',
    {
      class: 'progress',
      role: 'progressbar',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
      'data-testid': 'progress',
    },
    bar,
  );
  const items = texts().map((text) => h('li', { 'data-testid': 'step' }, text));
  const element = h('div', { hidden: true }, meter, h('ol', { class: 'steps' }, items));
  const set = (percent: number) => {
    bar.style.width = `${percent}%`;
    meter.setAttribute('aria-valuenow', String(percent));
  };
  return {
    element,
    /** Shows the list again from the start. */
    reset() {
      element.hidden = false;
      set(5);
      const now = texts();
      items.forEach((item, i) => {
        item.className = '';
        item.textContent = now[i];
      });
    },
    /** Marks a step as under way; the bar moves to the share of steps before it. */
    active(i: number) {
      items[i].className = 'active';
      items[i].setAttribute('aria-current', 'step');
      set(Math.max(5, Math.round((i / count) * 100)));
    },
    /** Marks a step as finished, with what it found. */
    done(i: number, text: string) {
      items[i].className = 'done';
      items[i].removeAttribute('aria-current');
      items[i].textContent = `✓ ${text}`;
      set(Math.round(((i + 1) / count) * 100));
    },
    failed(i: number) {
      items[i].className = 'warn';
      items[i].removeAttribute('aria-current');
    },
  };
}

function answerCard(answer: AnswerView, lang: Language): HTMLElement {
  const detail = answerDetail(answer, lang);
  return h(
    'li',
    { class: 'answer', 'data-testid': 'answer', 'data-question': answer.question },
    h('div', { class: 'question' }, answer.text),
    h('div', { class: 'answer-text' }, answer.answerText),
    detail ? h('div', { class: 'muted' }, detail) : null,
  );
}

function monthsTable(months: readonly MonthRowView[], lang: Language): HTMLElement | null {
  if (months.length === 0) return null;
  return h(
    'section',
    {},
    h('h2', {}, addonText('winRateByMonth', lang)),
    h(
      'table',
      { 'data-testid': 'months' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, addonText('month', lang)),
          h('th', { scope: 'col', class: 'num' }, label('won', lang)),
          h('th', { scope: 'col', class: 'num' }, label('lost', lang)),
          h('th', { scope: 'col', class: 'num' }, label('winRate', lang)),
          h('th', { scope: 'col', class: 'num' }, label('averageDealSize', lang)),
        ),
      ),
      h(
        'tbody',
        {},
        months.map((m) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, m.month),
            h('td', { class: 'num' }, String(m.won)),
            h('td', { class: 'num' }, String(m.lost)),
            h('td', { class: 'num' }, formatPercent(m.winRate)),
            h('td', { class: 'num' }, formatMoney(m.averageDealSize)),
          ),
        ),
      ),
    ),
  );
}

/** The answers, the source they came from and the monthly win rates. */
function results(view: MonthlyAssessmentView): HTMLElement {
  const lang = view.language;
  return h(
    'div',
    { 'data-testid': 'results' },
    h(
      'div',
      { class: 'source', 'data-testid': 'source', 'data-source': view.source },
      h(
        'span',
        { class: `pill ${view.source === 'worker' ? 'green' : 'unqualified'}` },
        view.sourceLabel,
      ),
      view.snapshotAsOf
        ? h(
            'span',
            { class: 'muted' },
            ` ${sidebarText('snapshotOf', lang, { date: view.snapshotAsOf })}`,
          )
        : null,
    ),
    view.fallbackReason
      ? h(
          'p',
          { class: 'warn', 'data-testid': 'fallback' },
          sidebarText('fellBack', lang, { reason: view.fallbackReason }),
        )
      : null,
    problemsNote(view.problems, lang),
    h(
      'ol',
      { class: 'answers' },
      view.answers.map((a) => answerCard(a, lang)),
    ),
    monthsTable(view.months, lang),
  );
}

function render(): void {
  let lang = startLanguage;
  const picker = h('input', {
    type: 'month',
    id: 'month',
    value: defaultMonth(new Date()),
    // Browsers without a month picker show a text field: the format it expects.
    placeholder: 'YYYY-MM',
    pattern: '\\d{4}-\\d{2}',
    'data-testid': 'month',
  }) as HTMLInputElement;
  const run = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'run' },
    addonText('runAssessment', lang),
  ) as HTMLButtonElement;
  const status = h('div', { class: 'status', role: 'status', 'data-testid': 'status' });
  const problem = h('div', {});
  const output = h('div', {});
  const ownerSlot = h('div', {});
  /** The owner picked in the filter; undefined until the user picks one (the server's default). */
  let picked: string | undefined;
  /** Works the view out for the owner in effect and shows it, with the owner filter. */
  const show = (data: MonthlyData) => {
    const owner = picked ?? data.rep?.owner ?? '';
    const view = monthlyView(data, owner);
    relabel(view.language);
    if (data.rep) {
      const why = picked === undefined ? data.rep.why : owner ? 'chosen' : 'team';
      const rep = { ...data.rep, owner, why } as const;
      ownerSlot.replaceChildren(
        ownerPicker(
          rep,
          lang,
          (next) => {
            picked = next;
            show(data);
          },
          owner && data.worker ? ownerText('repSheet', lang, { owner }) : '',
        ).element,
      );
    }
    const sections = monthlySections(view);
    const cohorts = monthlyCohorts(data, owner);
    output.replaceChildren(
      results(view),
      cohortElement(cohorts, view.language),
      monthlySectionElements(sections, view),
    );
    return { view, sections, cohorts };
  };
  const steps = progress(2, () => [
    addonText('progressReading', lang),
    addonText('progressWriting', lang),
  ]);
  const title = h('h1', {}, label('selfAssessment', lang));
  const pickerLabel = h('label', { for: 'month' }, addonText('month', lang));
  const hint = h('div', { class: 'hint' }, sidebarText('monthHint', lang));
  /** Puts the fixed texts in the language the server reports for the user. */
  const relabel = (language: Language) => {
    lang = language;
    setPageLanguage(lang);
    title.textContent = label('selfAssessment', lang);
    pickerLabel.textContent = addonText('month', lang);
    hint.textContent = sidebarText('monthHint', lang);
    run.textContent = addonText('runAssessment', lang);
  };

  run.addEventListener('click', async () => {
    const month = picker.value || undefined;
    run.disabled = true;
    picker.disabled = true;
    problem.replaceChildren();
    status.textContent = '';
    output.replaceChildren();
    steps.reset();
    let step = 0;
    try {
      steps.active(0);
      const { view, sections, cohorts } = show(
        await call('getMonthlyAssessment', month, templateQuery()),
      );
      steps.done(
        0,
        `${sidebarText('analysed', lang, { count: view.dealCount })} · ${view.sourceLabel}`,
      );
      step = 1;
      steps.active(1);
      const details = view.answers.map((a) => answerDetail(a, view.language));
      const report = monthlyReportLayout(
        view,
        [...monthlyReportSections(sections, view), cohortReportSection(cohorts, view.language)],
        details,
      );
      const written = await call('writeMonthlyReportTab', view.month, report);
      steps.done(1, sidebarText('tabWritten', lang));
      status.className = 'status ok';
      status.textContent = `✓ ${addonText('reportWritten', lang, { name: written.sheetName })}`;
    } catch (error) {
      steps.failed(step);
      problem.replaceChildren(errorBox(error));
    } finally {
      run.disabled = false;
      picker.disabled = false;
    }
  });

  mount(
    title,
    h('div', { class: 'field' }, pickerLabel, picker, hint),
    ownerSlot,
    h('div', { class: 'row' }, run),
    steps.element,
    problem,
    status,
    output,
  );
}

render();

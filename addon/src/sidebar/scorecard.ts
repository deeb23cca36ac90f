// Deal scorecard sidebar for the selected pipeline row: the eight MEDDPICC
// scores with a note each and a live total, band, gaps and suggested forecast
// category; the stalled-deal checklist; contacts needed for the deal size;
// the discount check; who holds each buying role; the mutual action plan;
// the stage's exit criterion and playbook content (with the discount decision
// tree); the playbook reference. Every figure comes from the shared rules,
// the same ones the sheet formulas use.

import { addonText } from '../../../shared/content/addon-text';
import { playbookReference } from '../../../shared/content/playbook-reference';
import { forecastCategory } from '../../../shared/forecast/forecast-category';
import { forecastLabel } from '../../../shared/forecast/forecast-label';
import { label } from '../../../shared/labels/label';
import { meddpiccBand } from '../../../shared/meddpicc/meddpicc-band';
import { MEDDPICC_ELEMENTS } from '../../../shared/meddpicc/meddpicc-elements';
import { meddpiccGaps } from '../../../shared/meddpicc/meddpicc-gaps';
import { meddpiccTotal } from '../../../shared/meddpicc/meddpicc-total';
import { checklistGaps } from '../../../shared/risk/checklist-gaps';
import { discountCheck } from '../../../shared/risk/discount-check';
import { minimumContacts } from '../../../shared/risk/minimum-contacts';
import { multiThreadingGap } from '../../../shared/risk/multi-threading-gap';
import { noPower } from '../../../shared/risk/no-power';
import { riskReasonLabel } from '../../../shared/risk/risk-reason-label';
import { STALLED_CHECKLIST } from '../../../shared/risk/stalled-checklist';
import { stageLabel } from '../../../shared/stages/stage-label';
import type { ChecklistItem, MeddpiccScore } from '../../../shared/types';
import type { PlanRow, ScorecardView } from '../scorecard/scorecard-types';
import { DEAL_PLAYBOOK } from '../../../shared/content/deal-playbook';
import {
  actionPlanSection,
  type PlanField,
  planEdits,
  planFields,
  planSaved,
} from './client/action-plan-section';
import { call } from './client/call';
import { type RoleField, roleFields, rolesSection } from './client/roles-section';
import { discountTreePart, stagePlaybookSection, topicPart } from './client/stage-playbook';
import { errorBox } from './client/error-box';
import { formatMoney } from './client/format-money';
import { formatPercent } from './client/format-percent';
import { h } from './client/h';
import { mount } from './client/mount';
import { setPageLanguage } from './client/set-page-language';
import { sidebarText } from './client/sidebar-text';

/** What the user has entered so far; kept as is when a save fails. */
interface State {
  readonly view: ScorecardView;
  readonly scores: MeddpiccScore[];
  readonly notes: string[];
  readonly checklist: Set<ChecklistItem>;
  /** The score cells as the sheet holds them: the sidebar's view, then each successful save. */
  original: string[];
  /** The Checklist cell as the sheet holds it: the sidebar's view, then each successful save. */
  originalChecklist: string;
  /** The buying-role fields, each with the cell as the sheet holds it. */
  readonly roles: RoleField[];
  /** The seven mutual action plan steps, each with its row as the tab holds it. */
  readonly plan: PlanField[];
}

/** The total, band, gaps and suggested category card; `update` recomputes it from the state. */
function summaryCard(state: State): { card: HTMLElement; update: () => void } {
  const lang = state.view.language;
  const total = h('div', { class: 'big', 'data-testid': 'total' });
  const band = h('span', { class: 'pill', 'data-testid': 'band' });
  const gaps = h('div', { 'data-testid': 'gaps' });
  const category = h('strong', { 'data-testid': 'category' });
  const power = h('div', { class: 'span warn', 'data-testid': 'no-power' });
  const card = h(
    'section',
    { class: 'card summary', 'aria-live': 'polite', 'aria-label': label('meddpicc', lang) },
    total,
    h('div', {}, band, h('div', { class: 'muted' }, `${label('meddpicc', lang)} 8–24`)),
    h('div', { class: 'muted span' }, label('gaps', lang)),
    h('div', { class: 'span' }, gaps),
    h('div', { class: 'muted span' }, addonText('suggestedCategory', lang)),
    h('div', { class: 'span' }, category),
    power,
  );
  const update = () => {
    const sum = meddpiccTotal(state.scores);
    const code = meddpiccBand(sum);
    total.textContent = String(sum);
    band.className = `pill ${code}`;
    band.textContent = label(`band.${code}`, lang);
    const open = meddpiccGaps(state.scores).map((element) => label(`element.${element}`, lang));
    gaps.textContent =
      open.length > 0 ? open.join(lang === 'zh' ? '、' : ', ') : label('none', lang);
    const stage = state.view.stage;
    category.textContent = stage ? forecastLabel(forecastCategory(stage, sum), lang) : '–';
    // The same rule as DEAL_RISK: no confirmed economic buyer from Proposal on.
    power.textContent =
      stage && noPower(stage, state.scores) ? riskReasonLabel('noPower', lang) : '';
  };
  update();
  return { card, update };
}

/** One MEDDPICC element: a 1/2/3 radio group (arrow keys move between choices) and a note. */
function elementField(state: State, i: number, changed: () => void): HTMLElement {
  const lang = state.view.language;
  const element = MEDDPICC_ELEMENTS[i];
  const name = label(`element.${element}`, lang);
  const choices = ([1, 2, 3] as const).map((score) => {
    const input = h('input', {
      type: 'radio',
      name: element,
      value: score,
      checked: state.scores[i] === score,
      'data-testid': `score-${element}-${score}`,
    }) as HTMLInputElement;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      state.scores[i] = score;
      changed();
    });
    return h(
      'label',
      {
        title: sidebarText('scoreOf', lang, {
          element: name,
          score: label(`score.${score}`, lang),
        }),
      },
      input,
      h('span', { class: 'digit' }, String(score)),
      h('span', {}, label(`score.${score}`, lang)),
    );
  });
  const note = h('textarea', {
    rows: 1,
    placeholder: addonText('note', lang),
    'aria-label': `${name}: ${addonText('note', lang)}`,
    'data-testid': `note-${element}`,
  }) as HTMLTextAreaElement;
  note.value = state.notes[i];
  note.addEventListener('input', () => {
    state.notes[i] = note.value;
    changed();
  });
  return h(
    'fieldset',
    { class: 'element' },
    h('legend', {}, name),
    h('div', { class: 'choices' }, choices),
    note,
  );
}

/** The stalled-deal checklist (playbook §5) with its count of open items. */
function checklistSection(state: State, changed: () => void): HTMLElement {
  const lang = state.view.language;
  const count = h('div', { 'data-testid': 'checklist-open' });
  const update = () => {
    const answers = Object.fromEntries([...state.checklist].map((item) => [item, true]));
    const open = checklistGaps(answers).length;
    count.className = open > 0 ? 'warn' : 'ok';
    count.textContent = addonText('checklistOpen', lang, { count: open });
  };
  update();
  const boxes = STALLED_CHECKLIST.map((item) => {
    const box = h('input', {
      type: 'checkbox',
      checked: state.checklist.has(item),
      'data-testid': `check-${item}`,
    }) as HTMLInputElement;
    box.addEventListener('change', () => {
      if (box.checked) state.checklist.add(item);
      else state.checklist.delete(item);
      update();
      changed();
    });
    return h('label', { class: 'check' }, box, label(`checklist.${item}`, lang));
  });
  return h(
    'section',
    {},
    h('h2', {}, addonText('stalledChecklist', lang)),
    count,
    boxes,
    state.view.checklist === null
      ? h('p', { class: 'muted' }, sidebarText('checklistNotSaved', lang))
      : null,
  );
}

/** Contacts needed for the deal size and the discount check (playbook §5). */
function sizeAndDiscount(view: ScorecardView): HTMLElement {
  const lang = view.language;
  const contacts =
    view.amount !== null && view.amount >= 0
      ? (() => {
          const gap = view.contacts === null ? null : multiThreadingGap(view.amount, view.contacts);
          return h(
            'div',
            { 'data-testid': 'contacts' },
            h('h2', {}, addonText('contactsNeeded', lang)),
            h(
              'div',
              {},
              sidebarText('neededFor', lang, { count: minimumContacts(view.amount) }),
              view.contacts === null
                ? null
                : ` · ${sidebarText('engaged', lang, { count: view.contacts })}`,
            ),
            gap === null
              ? null
              : h(
                  'div',
                  { class: gap > 0 ? 'warn' : 'ok' },
                  gap > 0
                    ? addonText('contactsMissing', lang, { count: gap })
                    : addonText('contactsOk', lang),
                ),
          );
        })()
      : null;
  const check = view.discount === null ? null : discountCheck(view.discount);
  return h(
    'section',
    {},
    contacts,
    h('h2', {}, addonText('discountCheck', lang)),
    check === null || view.discount === null
      ? h('div', { 'data-testid': 'discount' }, addonText('noDiscount', lang))
      : h(
          'div',
          { class: check.ok ? 'ok' : 'warn', 'data-testid': 'discount' },
          `${formatPercent(view.discount)} · `,
          check.reason ? riskReasonLabel(check.reason, lang) : addonText('discountOk', lang),
        ),
  );
}

/** Builds a section; a value the shared rules refuse (a 150% discount) shows as a message in its place. */
function guarded(build: () => HTMLElement): HTMLElement {
  try {
    return build();
  } catch (error) {
    return errorBox(error);
  }
}

/**
 * The playbook reference (§10) in the user's language, one collapsible part
 * per topic, with the playbook topics the deal's stage does not show above.
 */
function referenceSection(view: ScorecardView, shown: ReadonlySet<string>): HTMLElement {
  const lang = view.language;
  const ref = playbookReference(lang);
  const part = (title: string, ...body: (Node | Node[])[]) =>
    h('details', {}, h('summary', {}, title), ...body);
  const list = (tag: 'ul' | 'ol', items: readonly (string | Node)[]) =>
    h(
      tag,
      {},
      items.map((item) => h('li', {}, item)),
    );
  return h(
    'section',
    { 'data-testid': 'reference' },
    h('h2', {}, addonText('reference', lang)),
    part(
      addonText('discoveryQuestions', lang),
      ref.discovery.map((group) =>
        h('div', {}, h('strong', {}, group.title), list('ul', group.questions)),
      ),
    ),
    part(
      addonText('objectionResponses', lang),
      list(
        'ol',
        ref.laer.map((step) => h('span', {}, h('strong', {}, step.title), ` · ${step.how}`)),
      ),
      ref.objections.map((o) =>
        h(
          'div',
          { class: 'objection', 'data-type': o.type },
          h('strong', {}, o.title),
          h('div', { class: 'muted' }, o.sounds),
          h('div', {}, h('em', {}, o.explore)),
          list('ul', o.responses),
        ),
      ),
    ),
    part(
      addonText('buyingSignals', lang),
      h('strong', {}, addonText('verbal', lang)),
      list('ul', ref.signals.verbal),
      h('strong', {}, addonText('behavioural', lang)),
      list('ul', ref.signals.behavioural),
    ),
    part(
      addonText('closingApproaches', lang),
      ref.closing.map((c) =>
        h(
          'div',
          { class: 'closing' },
          h('strong', {}, c.title),
          h('div', { class: 'muted' }, c.when),
          h('div', {}, c.example),
        ),
      ),
    ),
    shown.has('discountTree') ? null : discountTreePart(view.discount, lang, false),
    DEAL_PLAYBOOK.filter((t) => !shown.has(t.id)).map((t) => topicPart(t, lang, false)),
  );
}

/** The deal's name, facts and the risk computed when the sidebar opened. */
function header(view: ScorecardView): HTMLElement[] {
  const lang = view.language;
  const facts = [
    view.account,
    view.stage ? stageLabel(view.stage, lang) : '',
    view.amount === null ? '' : formatMoney(view.amount),
    view.closeDate,
  ].filter((fact) => fact !== '');
  const parts = [
    h('h1', { 'data-testid': 'deal' }, view.name || view.key.value),
    h('div', { class: 'muted' }, facts.join(' · ')),
    h('div', { class: 'muted' }, `${addonText('row', lang)} ${view.row} · ${view.key.value}`),
  ];
  if (view.risk) {
    parts.push(
      h(
        'div',
        { class: 'risk', 'data-testid': 'risk' },
        h(
          'span',
          { class: `pill ${view.risk.level}`, title: sidebarText('riskAtOpen', lang) },
          `${label('risk', lang)}: ${label(`risk.${view.risk.level}`, lang)}`,
        ),
        view.risk.reasons.length > 0
          ? h(
              'ul',
              {},
              view.risk.reasons.map((r) => h('li', {}, r)),
            )
          : null,
      ),
    );
  }
  return parts;
}

function render(state: State, other: readonly PlanRow[]): void {
  const { view } = state;
  const lang = view.language;
  const playbook = stagePlaybookSection(view.stage, view.discount, lang);
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'status' });
  const problem = h('div', { 'data-testid': 'problem' });
  const save = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'save' },
    label('save', lang),
  ) as HTMLButtonElement;
  const summary = summaryCard(state);
  const changed = () => {
    summary.update();
    if (!save.disabled) {
      status.className = 'status muted';
      status.textContent = sidebarText('unsaved', lang);
    }
  };

  save.addEventListener('click', async () => {
    save.disabled = true;
    status.className = 'status muted';
    status.textContent = sidebarText('saving', lang);
    problem.replaceChildren();
    const scores = [...state.scores];
    try {
      const saved = await call('saveScorecard', {
        key: view.key,
        scores,
        notes: [...state.notes],
        original: state.original,
        ...(view.checklist === null
          ? {}
          : { checklist: [...state.checklist], originalChecklist: state.originalChecklist }),
        roles: state.roles.map((r) => ({ header: r.header, value: r.value, original: r.original })),
        plan: planEdits(state.plan),
      });
      // The sheet now holds these scores: they are what the next save expects to find.
      state.original = scores.map(String);
      state.originalChecklist = saved.checklistText;
      for (const r of state.roles) r.original = r.value.trim();
      planSaved(state.plan);
      status.className = 'status ok';
      status.textContent = `✓ ${saved.message}`;
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(errorBox(error));
    } finally {
      save.disabled = false;
    }
  });

  mount(
    ...header(view),
    ...(playbook.exit ? [playbook.exit] : []),
    summary.card,
    h(
      'section',
      { 'aria-label': label('meddpicc', lang) },
      MEDDPICC_ELEMENTS.map((_, i) => elementField(state, i, changed)),
    ),
    checklistSection(state, changed),
    guarded(() => sizeAndDiscount(view)),
    rolesSection(state.roles, view.amount, lang, changed),
    actionPlanSection(state.plan, other, lang, changed),
    ...(playbook.section ? [playbook.section] : []),
    referenceSection(view, playbook.shown),
    h('div', { class: 'actions' }, problem, h('div', { class: 'row' }, save, status)),
  );
}

async function start(): Promise<void> {
  try {
    const view = await call('getScorecard');
    setPageLanguage(view.language);
    const plan = planFields(view.plan, view.language);
    render(
      {
        view,
        scores: [...view.scores],
        notes: [...view.notes],
        checklist: new Set(view.checklist ?? []),
        original: [...view.original],
        originalChecklist: view.checklistText,
        roles: roleFields(view.roles, view.language),
        plan: plan.fields,
      },
      plan.other,
    );
  } catch (error) {
    mount(errorBox(error));
  }
}

start();

import { MUTUAL_ACTION_PLAN } from '../../../../shared/content/deal-desk';
import type { Language } from '../../../../shared/types';
import type { PlanEdit, PlanRow } from '../../scorecard/scorecard-types';
import { h } from './h';
import { PLAN_STATUSES, scorecardText } from './scorecard-text';

/** One step of the deal's plan as the sidebar edits it. */
export interface PlanField {
  /** The Step cell: the row's own text, or the title in the user's language for a new row. */
  readonly step: string;
  readonly title: string;
  readonly suggestedOwner: string;
  owner: string;
  date: string;
  status: string;
  /** The row as the tab holds it (null: no row yet). */
  original: PlanRow | null;
}

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The seven mutual action plan steps (playbook §10) of a deal, each filled
 * from the deal's row of the plan tab whose Step names it (English or
 * Chinese title); `other` holds the deal's rows whose Step is none of them,
 * which are left as they are.
 */
export function planFields(
  rows: readonly PlanRow[],
  lang: Language,
): { fields: PlanField[]; other: PlanRow[] } {
  const used = new Set<PlanRow>();
  const fields = MUTUAL_ACTION_PLAN.map((step) => {
    const row = rows.find(
      (r) => !used.has(r) && [step.title.en, step.title.zh].some((t) => key(t) === key(r.step)),
    );
    if (row) used.add(row);
    return {
      step: row?.step ?? step.title[lang],
      title: step.title[lang],
      suggestedOwner: step.owner[lang],
      owner: row?.owner ?? '',
      date: row?.date ?? '',
      status: row?.status ?? '',
      original: row ?? null,
    };
  });
  return { fields, other: rows.filter((r) => !used.has(r)) };
}

/** What a save sends for the plan. */
export function planEdits(fields: readonly PlanField[]): PlanEdit[] {
  return fields.map(({ step, owner, date, status, original }) => ({
    step,
    owner,
    date,
    status,
    original,
  }));
}

/** After a save: the tab now holds what was sent. */
export function planSaved(fields: PlanField[]): void {
  for (const f of fields) {
    if (f.original || f.owner !== '' || f.date !== '' || f.status !== '') {
      // The server trims what it writes.
      f.original = {
        step: f.step.trim(),
        owner: f.owner.trim(),
        date: f.date.trim(),
        status: f.status.trim(),
      };
    }
  }
}

/** The status choices: the cell's own text kept as it is, the known statuses in the user's language. */
function statusSelect(field: PlanField, lang: Language, changed: () => void): HTMLSelectElement {
  const current = field.status;
  const same = PLAN_STATUSES.findIndex(
    (s) => key(s.en) === key(current) || s.zh === current.trim(),
  );
  const values = [
    '',
    ...(current !== '' && same < 0 ? [current] : []),
    ...PLAN_STATUSES.map((s, i) => (i === same ? current : s[lang])),
  ];
  const select = h(
    'select',
    { 'aria-label': `${field.title}: ${scorecardText('status', lang)}` },
    values.map((v) => h('option', { value: v, selected: v === current }, v)),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => {
    field.status = select.value;
    changed();
  });
  return select;
}

/** The mutual action plan section: owner, date and status per step. */
export function actionPlanSection(
  fields: PlanField[],
  other: readonly PlanRow[],
  lang: Language,
  changed: () => void,
): HTMLElement {
  const steps = fields.map((field, i) => {
    const owner = h('input', {
      type: 'text',
      placeholder: field.suggestedOwner,
      'aria-label': `${field.title}: ${scorecardText('owner', lang)}`,
    }) as HTMLInputElement;
    owner.value = field.owner;
    owner.addEventListener('input', () => {
      field.owner = owner.value;
      changed();
    });
    const date = h('input', {
      type: 'date',
      'aria-label': `${field.title}: ${scorecardText('date', lang)}`,
    }) as HTMLInputElement;
    date.value = field.date;
    date.addEventListener('input', () => {
      field.date = date.value;
      changed();
    });
    return h(
      'div',
      { class: 'plan-step', 'data-testid': `plan-${MUTUAL_ACTION_PLAN[i].step}` },
      h('strong', {}, `${i + 1}. ${field.title}`),
      owner,
      h('div', { class: 'pair' }, date, statusSelect(field, lang, changed)),
      // A date the tab holds as text ("end of May") is kept and shown; a date picked replaces it.
      field.date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(field.date)
        ? h('div', { class: 'muted' }, `${scorecardText('date', lang)}: ${field.date}`)
        : null,
    );
  });
  return h(
    'section',
    { 'data-testid': 'plan' },
    h('h2', {}, scorecardText('plan', lang)),
    h('p', { class: 'muted' }, scorecardText('planHint', lang)),
    steps,
    other.length > 0
      ? h(
          'p',
          { class: 'muted', 'data-testid': 'plan-other' },
          scorecardText('planOther', lang, { steps: other.map((r) => r.step).join('; ') }),
        )
      : null,
  );
}

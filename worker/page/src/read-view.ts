import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import type { DealField } from '../../../shared/types';
import type { Problem } from './api';
import { byId, h } from './dom';
import { formatNumber } from './format';
import type { Settings, StageMapping } from './settings';
import { stageName, t } from './text';

/** Deal fields a column can be read as, in the order the select lists them. */
const FIELDS: readonly DealField[] = [
  'id',
  'name',
  'account',
  'stage',
  'amount',
  'currency',
  'probability',
  'owner',
  'source',
  'product',
  'segment',
  'competitor',
  'lossReason',
  'lostAtStage',
  'created',
  'closeDate',
  'wonDate',
  'lostDate',
  'stageEntered',
  'lastActivity',
  'nextStep',
  'nextStepDate',
  'status',
  'forecastOverride',
  'meddpicc',
  'discount',
  'contacts',
  'lesson',
  'closeReasonDetail',
];

/** Header cells of a CSV's first line (quotes honoured). */
export function csvHeaders(csv: string): string[] {
  const headers: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') {
      headers.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') break;
    else field += c;
  }
  headers.push(field.trim());
  return headers.map((header) => header.replace(/^\uFEFF/, '')).filter((x) => x !== '');
}

function select(
  attributes: Record<string, string>,
  options: readonly [value: string, label: string][],
  selected: string,
): HTMLSelectElement {
  const element = h('select', attributes);
  for (const [value, label] of options) {
    element.append(h('option', { value, selected: value === selected }, label));
  }
  return element;
}

const labelled = (text: string, control: HTMLElement) =>
  h('label', {}, h('span', {}, text), control);

/**
 * The "what we read" step: columns, date order, decimal marks, vocabulary,
 * currency and the stages the table does not know, each changeable. `change`
 * receives the new settings and re-analyses.
 */
export function showRead(
  answer: AnalysisAnswer,
  headers: readonly string[],
  settings: Settings,
  change: (next: Settings) => void,
): void {
  const fieldOf = new Map<string, string>();
  for (const [field, header] of Object.entries(answer.columns))
    if (header) fieldOf.set(header, field);
  const columnRows = (headers.length > 0 ? headers : [...fieldOf.keys()]).map((header) => {
    const control = select(
      { 'data-header': header, 'aria-label': header },
      [['', t('notRead')], ...FIELDS.map((f): [string, string] => [f, f])],
      fieldOf.get(header) ?? '',
    );
    // The API reads a detected column whatever the options say: "not read" only
    // undoes a choice made here.
    if (fieldOf.has(header) && !Object.values(settings.columns).includes(header)) {
      control.options[0].disabled = true;
    }
    control.addEventListener('change', () => {
      const columns = { ...settings.columns };
      for (const [field, chosen] of Object.entries(columns)) {
        if (chosen === header) delete columns[field as DealField];
      }
      if (control.value) columns[control.value as DealField] = header;
      change({ ...settings, columns });
    });
    return h('tr', {}, h('td', {}, header), h('td', {}, control));
  });

  const dateOrder = select(
    { id: 'date-order' },
    [
      ['', `${t('dateOrderAuto')}${answer.dateOrder ? ` (${answer.dateOrder})` : ''}`],
      ['MDY', 'MM/DD/YYYY'],
      ['DMY', 'DD/MM/YYYY'],
      ['YMD', 'YYYY/MM/DD'],
    ],
    settings.dateOrder ?? '',
  );
  dateOrder.addEventListener('change', () =>
    change({ ...settings, dateOrder: (dateOrder.value || undefined) as Settings['dateOrder'] }),
  );
  const marks = Object.entries(answer.decimal).map(
    ([column, decision]) =>
      `${column}: ${t(decision.mark === 'point' ? 'decimalPoint' : 'decimalComma')}`,
  );
  const decimal = select(
    { id: 'decimal' },
    [
      ['', marks.length > 0 ? marks.join('; ') : t('dateOrderAuto')],
      ['point', t('decimalPoint')],
      ['comma', t('decimalComma')],
    ],
    settings.decimal ?? '',
  );
  decimal.addEventListener('change', () =>
    change({ ...settings, decimal: (decimal.value || undefined) as Settings['decimal'] }),
  );

  const facts = h(
    'dl',
    { class: 'facts' },
    h(
      'div',
      {},
      h('dt', {}, t('vocabulary')),
      h(
        'dd',
        { id: 'vocabulary' },
        answer.vocabulary
          ? `${answer.vocabulary.name} (${formatNumber(answer.vocabulary.deals)} ${t('deals').toLowerCase()})`
          : t(settings.stageTable === 'playbook' ? 'playbookStages' : 'vocabularyNone'),
      ),
    ),
    h(
      'div',
      {},
      h('dt', {}, t('currency')),
      h('dd', { id: 'currency' }, answer.currency ?? t('currencyNone')),
    ),
  );

  // A recognised vocabulary can be set aside for the playbook's stages, and back.
  const stageTable =
    answer.vocabulary || settings.stageTable === 'playbook'
      ? select(
          { id: 'stage-table' },
          [
            ['', t('vocabularyStages')],
            ['playbook', t('playbookStages')],
          ],
          settings.stageTable ?? '',
        )
      : null;
  stageTable?.addEventListener('change', () =>
    change({
      ...settings,
      stageTable: stageTable.value === 'playbook' ? 'playbook' : undefined,
      stageMapping: {},
    }),
  );
  // Amounts with no currency named can be written in one, for the reader's eyes only.
  const displayCurrency = answer.currency
    ? null
    : h('input', {
        id: 'display-currency',
        size: '4',
        maxlength: '3',
        placeholder: 'USD',
        value: settings.displayCurrency ?? '',
      });
  displayCurrency?.addEventListener('change', () => {
    const code = displayCurrency.value.trim().toUpperCase();
    change({ ...settings, displayCurrency: /^[A-Z]{3}$/.test(code) ? code : undefined });
  });

  byId('read').replaceChildren(
    h('h2', {}, t('readTitle')),
    h(
      'div',
      { class: 'read-grid' },
      h(
        'div',
        {},
        h('h3', {}, t('columnsRead')),
        h(
          'table',
          { id: 'columns', class: 'compact' },
          h('thead', {}, h('tr', {}, h('th', {}, t('header')), h('th', {}, t('field')))),
          h('tbody', {}, ...columnRows),
        ),
      ),
      h(
        'div',
        {},
        facts,
        h(
          'div',
          { class: 'fields' },
          labelled(t('dateOrder'), dateOrder),
          labelled(t('decimalMark'), decimal),
          stageTable && labelled(t('stageTable'), stageTable),
          displayCurrency && labelled(t('displayCurrency'), displayCurrency),
        ),
        unmapped(answer, settings, change),
      ),
    ),
  );
  byId('read').hidden = false;
}

/** One row per unknown stage: map it to a stage of the table or make it a new stage. */
function unmapped(answer: AnalysisAnswer, settings: Settings, change: (next: Settings) => void) {
  if (answer.unmappedStages.length === 0) return null;
  const stageOptions = answer.stages.map((s): [string, string] => [s.name, stageName(s.name)]);
  const rows = answer.unmappedStages.map((stage) => {
    const suggested = stage.suggested;
    const target = h(
      'select',
      { 'data-stage': stage.name, 'aria-label': `${t('mapTo')} ${stage.name}` },
      h('option', { value: '' }, t('leaveUnmapped')),
      ...stageOptions.map(([value, label]) =>
        h('option', { value, selected: suggested?.stage === value }, label),
      ),
      h('option', { value: '\u0000new' }, t('newStage')),
    );
    const kind = select(
      { class: 'kind', 'aria-label': t('kind') },
      [
        ['open', t('open')],
        ['won', t('won')],
        ['lost', t('lost')],
      ],
      suggested?.kind ?? 'open',
    );
    const probability = h('input', {
      type: 'number',
      class: 'probability',
      min: '0',
      max: '100',
      step: '5',
      value: String(Math.round((suggested?.probability ?? 0.1) * 100)),
      'aria-label': t('probability'),
    });
    const extra = h('span', { class: 'new-stage', hidden: true }, kind, probability, '%');
    target.addEventListener('change', () => {
      extra.hidden = target.value !== '\u0000new';
    });
    return {
      stage,
      target,
      kind,
      probability,
      row: h(
        'tr',
        {},
        h('td', {}, stage.name || t('blank')),
        h('td', { class: 'num' }, formatNumber(stage.count)),
        h('td', {}, target, extra),
      ),
    };
  });
  const apply = h('button', { type: 'button', id: 'apply-mapping' }, t('applyMapping'));
  apply.addEventListener('click', () => {
    const mapping: StageMapping = { ...settings.stageMapping };
    for (const { stage, target, kind, probability } of rows) {
      if (target.value === '\u0000new') {
        mapping[stage.name] = {
          kind: kind.value as 'open' | 'won' | 'lost',
          probability: Math.min(1, Math.max(0, Number(probability.value) / 100)),
        };
      } else if (target.value) mapping[stage.name] = target.value;
    }
    change({ ...settings, stageMapping: mapping });
  });
  return h(
    'div',
    { id: 'unmapped' },
    h('h3', {}, t('unmappedTitle')),
    h('p', { class: 'muted' }, t('unmappedHelp')),
    h(
      'table',
      { class: 'compact' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, t('stage')), h('th', {}, t('deals')), h('th', {}, t('mapTo'))),
      ),
      h('tbody', {}, ...rows.map((r) => r.row)),
    ),
    apply,
  );
}

interface Cause {
  readonly message: string;
  readonly column?: string;
  readonly count: number;
  readonly rows: readonly number[];
}

function causesTable(causes: readonly Cause[]): HTMLTableElement {
  return h(
    'table',
    { class: 'causes' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, t('cause')),
        h('th', {}, t('column')),
        h('th', {}, t('cells')),
        h('th', {}, t('sampleRows')),
      ),
    ),
    h(
      'tbody',
      {},
      ...causes.map((c) =>
        h(
          'tr',
          {},
          h('td', {}, c.message),
          h('td', {}, c.column ?? t('wholeRow')),
          h('td', { class: 'num' }, formatNumber(c.count)),
          h('td', {}, c.rows.join(', ')),
        ),
      ),
    ),
  );
}

/** The cells an answer could not read, one line per cause (never one per cell). */
export function showErrorGroups(answer: AnalysisAnswer): void {
  const box = byId('problem');
  if (answer.errorCount === 0) {
    box.hidden = true;
    return;
  }
  box.className = 'problem partial';
  box.replaceChildren(
    h('h2', {}, `${formatNumber(answer.errorCount)} ${t('errorsTitle')}`),
    causesTable(
      answer.errorGroups.map((g) => ({
        message: g.message,
        column: g.column,
        count: g.count,
        rows: g.samples.map((s) => s.row),
      })),
    ),
  );
  box.hidden = false;
}

/** An API problem: its title, detail and sample cells grouped by column and message. */
export function showProblem(problem: Problem): void {
  const causes = new Map<
    string,
    { message: string; column?: string; count: number; rows: number[] }
  >();
  for (const error of problem.errors ?? []) {
    const key = `${error.column ?? ''}\u0000${error.message}`;
    const cause = causes.get(key) ?? {
      message: error.message,
      column: error.column,
      count: 0,
      rows: [],
    };
    cause.count++;
    if (error.row !== undefined) cause.rows.push(error.row);
    causes.set(key, cause);
  }
  const box = byId('problem');
  box.className = 'problem';
  const parts: (HTMLElement | null)[] = [
    h('h2', {}, problem.title),
    problem.detail ? h('p', {}, problem.detail) : null,
    causes.size > 0 ? causesTable([...causes.values()]) : null,
  ];
  box.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  box.hidden = false;
  byId('report').hidden = true;
  byId('read').hidden = true;
}

// Settings sidebar: language, pipeline tab, column mapping (found by the
// header aliases, changeable per field), the stage table, quota and its
// period, the healthy win-rate band, the analytics service URL and the API
// key. The key field is write-only: it shows the masked saved key as a hint
// and is sent only when the user types a new one. The server checks every
// field and names the first bad one ("Settings: quota must be …"); the
// message is shown next to that field and nothing the user typed is lost.

import { addonText } from '../../../shared/content/addon-text';
import { label } from '../../../shared/labels/label';
import type { DealField, Language } from '../../../shared/types';
import type { SettingsInput, SettingsView, StageRow } from '../settings/settings-types';
import { call } from './client/call';
import { errorBox } from './client/error-box';
import { errorMessage } from './client/error-message';
import { h } from './client/h';
import { repEditor, repText } from './client/rep-editor';
import { mount } from './client/mount';
import { setPageLanguage } from './client/set-page-language';
import { sidebarText } from './client/sidebar-text';
import { snapshotText } from './client/snapshot-text';
import { fieldLabel } from '../settings/field-labels';
import { nextRun, WEEK_DAYS } from '../snapshots/snapshot-types';

/** A labelled form field with a slot for its error message. */
interface Field {
  readonly wrap: HTMLElement;
  readonly control: HTMLElement;
  readonly error: HTMLElement;
}

/** Fields by the names the server uses in its messages (`quota`, `columns.amount`, `stages`…). */
type Fields = Map<string, Field>;

function field(
  fields: Fields,
  key: string,
  name: string,
  control: HTMLElement,
  hint?: string,
): HTMLElement {
  const id = `f-${key.replace(/\W/g, '-')}`;
  control.id = id;
  control.setAttribute('data-testid', key);
  const error = h('div', {
    class: 'field-error',
    id: `${id}-error`,
    'data-testid': `${key}-error`,
  });
  const hintEl = hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null;
  control.setAttribute(
    'aria-describedby',
    [hintEl ? `${id}-hint` : '', `${id}-error`].join(' ').trim(),
  );
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, name), control, hintEl, error);
  fields.set(key, { wrap, control, error });
  return wrap;
}

function select(
  options: readonly [value: string, text: string][],
  value: string,
): HTMLSelectElement {
  const el = h(
    'select',
    {},
    options.map(([v, text]) => h('option', { value: v }, text)),
  ) as HTMLSelectElement;
  el.value = value;
  return el;
}

function textInput(
  type: string,
  value: string,
  extra: Record<string, string> = {},
): HTMLInputElement {
  const el = h('input', { type, autocomplete: 'off', ...extra }) as HTMLInputElement;
  el.value = value;
  return el;
}

/** A stage probability as the editor shows it: a percentage with at most one decimal. */
const percentText = (probability: number) => String(Math.round(probability * 1000) / 10);

/** The stage table editor: one row per stage, add and remove buttons. */
function stageEditor(stages: readonly StageRow[], lang: Language) {
  const body = h('tbody', {}) as HTMLTableSectionElement;
  const kinds: [string, string][] = [
    ['open', sidebarText('kindOpen', lang)],
    ['won', label('won', lang)],
    ['lost', label('lost', lang)],
  ];
  const addRow = (stage: StageRow) => {
    const name = textInput('text', stage.name, {
      'aria-label': label('stage', lang),
      class: 'stage-name',
    });
    const probability = textInput('text', percentText(stage.probability), {
      inputmode: 'decimal',
      'aria-label': `${label('probability', lang)} (%)`,
      class: 'stage-probability',
    });
    const kind = select(kinds, stage.kind);
    kind.setAttribute('aria-label', sidebarText('kind', lang));
    kind.className = 'stage-kind';
    const row = h('tr', { 'data-testid': 'stage-row' });
    const remove = h(
      'button',
      {
        type: 'button',
        class: 'icon',
        'aria-label': sidebarText('removeStage', lang, { name: stage.name }),
        onclick: () => row.remove(),
      },
      '×',
    );
    row.append(
      h('td', {}, name),
      h('td', { class: 'num' }, probability),
      h('td', {}, kind),
      h('td', {}, remove),
    );
    body.append(row);
    return name;
  };
  stages.forEach(addRow);
  const table = h(
    'table',
    { class: 'stages', 'data-testid': 'stages' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, label('stage', lang)),
        h('th', { scope: 'col', class: 'num' }, '%'),
        h('th', { scope: 'col' }, sidebarText('kind', lang)),
        h('th', {}, ''),
      ),
    ),
    body,
  );
  const add = h(
    'button',
    {
      type: 'button',
      'data-testid': 'add-stage',
      onclick: () => addRow({ name: '', probability: 0, kind: 'open' }).focus(),
    },
    sidebarText('addStage', lang),
  );
  /** The rows as the server reads them: probability as a percentage text. */
  const read = () =>
    Array.from(body.rows).map((tr) => {
      const value = (cls: string) => (tr.querySelector(`.${cls}`) as HTMLInputElement).value.trim();
      const percent = value('stage-probability');
      return {
        name: value('stage-name'),
        probability: percent === '' ? '' : `${percent}%`,
        kind: value('stage-kind'),
      };
    });
  return { table, add, read, rows: () => Array.from(body.rows) };
}

/** Splits `Settings: columns.amount must be …` into the field and the rest of the message. */
function fieldOfError(message: string): { key: string; row: number | null; text: string } | null {
  const match = /^Settings: (columns\.\w+|stages(?: row \d+)?|\w+):? (.*)$/s.exec(message);
  if (!match) return null;
  const [, raw, rest] = match;
  const row = /(?:^stages row |stage table row |^reps row )(\d+)/.exec(`${raw} ${rest}`);
  const text = rest.replace(/^stage table (row \d+), column \d+/, '$1');
  return {
    key: raw.startsWith('stages') ? 'stages' : raw,
    row: row ? Number(row[1]) : null,
    text: text.charAt(0).toUpperCase() + text.slice(1),
  };
}

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Last save, next run and last error of the weekly snapshots, as lines of text. */
function snapshotStatus(view: SettingsView): HTMLElement {
  const lang = view.language;
  const { saved, error, now, day, hour = 7 } = view.snapshots;
  const why = (status: number | null, code?: 'noWorker' | 'noKey') =>
    snapshotText(
      code === 'noWorker'
        ? 'whyNoWorker'
        : code === 'noKey'
          ? 'whyNoKey'
          : status === 401 || status === 409 || status === 413 || status === 422
            ? `why${status}`
            : 'whyOther',
      lang,
    );
  return h(
    'div',
    { class: 'field', 'data-testid': 'snapshot-status' },
    h(
      'div',
      { 'data-testid': 'last-save' },
      saved ? snapshotText('lastSave', lang, saved) : snapshotText('neverSaved', lang),
    ),
    h(
      'div',
      { 'data-testid': 'next-run' },
      day
        ? snapshotText('nextRun', lang, {
            day: snapshotText(day, lang),
            date: nextRun(day, hour, now),
            hour: hourText(hour),
            end: hourText(hour + 1),
          })
        : snapshotText('scheduleOff', lang),
    ),
    error
      ? h(
          'div',
          { class: 'error', role: 'alert', 'data-testid': 'last-error' },
          h(
            'div',
            {},
            snapshotText('lastError', lang, { at: error.at, why: why(error.status, error.code) }),
          ),
          // The service's own words (in the language of whoever saved), then each cause.
          h(
            'div',
            { class: 'muted' },
            [error.status ? `HTTP ${error.status}` : '', error.title, error.detail]
              .filter(Boolean)
              .join(' · '),
          ),
          h(
            'ul',
            {},
            (error.errors ?? []).map((cause) =>
              h(
                'li',
                {},
                [
                  cause.row === undefined ? '' : snapshotText('row', lang, { row: cause.row }),
                  cause.column ?? cause.field ?? '',
                  cause.value === undefined ? '' : `"${cause.value}"`,
                  cause.message,
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
            ),
          ),
        )
      : null,
  );
}

function render(view: SettingsView, notice = ''): void {
  const lang = view.language;
  const fields: Fields = new Map();

  const language = select(
    [
      ['en', 'English'],
      ['zh', '简体中文'],
    ],
    lang,
  );
  const sheetName = select(
    [
      ['', sidebarText('autoSheet', lang, { name: view.pipelineSheet ?? '–' })],
      ...view.sheetNames.map((n): [string, string] => [n, n]),
    ],
    view.sheetName,
  );

  const columnSelects = new Map<DealField, HTMLSelectElement>();
  const columnFields = view.columns.map((column) => {
    const options: [string, string][] = [
      ['', sidebarText('autoDetect', lang)],
      ...view.headers.map((header): [string, string] => [header, header]),
    ];
    const el = select(options, column.header);
    columnSelects.set(column.field, el);
    const hint =
      column.header === ''
        ? addonText('notMapped', lang)
        : column.detected
          ? addonText('detected', lang)
          : '';
    return field(
      fields,
      `columns.${column.field}`,
      fieldLabel(column.field, lang),
      el,
      hint || undefined,
    );
  });
  const found = view.columns.filter((c) => c.header !== '').length;
  const columnsPart = h(
    'details',
    { 'data-testid': 'columns' },
    h(
      'summary',
      {},
      `${addonText('columnMapping', lang)} · ${sidebarText('mappedCount', lang, { count: found, total: view.columns.length })}`,
    ),
    columnFields,
  );

  const stages = stageEditor(view.stages, lang);
  const stageError = h('div', { class: 'field-error', 'data-testid': 'stages-error' });
  const stageWrap = h(
    'div',
    { class: 'field' },
    h(
      'p',
      { class: 'hint' },
      sidebarText(
        view.stageSource === 'stagesTab'
          ? 'stagesFromTab'
          : view.stageSource === 'settings'
            ? 'stagesFromSettings'
            : 'stagesDefault',
        lang,
      ),
    ),
    stages.table,
    stageError,
    stages.add,
  );
  fields.set('stages', { wrap: stageWrap, control: stages.table, error: stageError });

  const quota = textInput('text', view.quota === null ? '' : String(view.quota), {
    inputmode: 'decimal',
  });
  const reps = repEditor(view.reps, lang);
  const repError = h('div', { class: 'field-error', 'data-testid': 'reps-error' });
  const repWrap = h(
    'div',
    { class: 'field' },
    h('div', { class: 'hint' }, repText('hint', lang)),
    reps.table,
    reps.add,
    repError,
  );
  fields.set('reps', { wrap: repWrap, control: reps.table, error: repError });
  const quotaPeriod = select(
    [
      ['month', sidebarText('periodMonth', lang)],
      ['quarter', sidebarText('periodQuarter', lang)],
      ['year', sidebarText('periodYear', lang)],
    ],
    view.quotaPeriod,
  );
  const winRateBand = select(
    [
      ['founderLed', addonText('founderLed', lang)],
      ['mature', addonText('matureTeam', lang)],
    ],
    view.winRateBand,
  );
  const workerUrl = textInput('url', view.workerUrl, {
    placeholder: 'https://playbook.example.workers.dev',
  });
  // Write-only: never filled with the key; the masked saved key is only a hint.
  const apiKey = textInput('password', '', {
    placeholder: view.apiKey.saved ? view.apiKey.masked : '',
    spellcheck: 'false',
  });
  const keyHint = view.apiKey.saved
    ? `${addonText('apiKeySaved', lang, { last4: view.apiKey.masked.slice(-4) })}. ${addonText('apiKeyKeep', lang)}`
    : addonText('apiKeyNone', lang);
  const removeKey = h('input', {
    type: 'checkbox',
    'data-testid': 'removeApiKey',
  }) as HTMLInputElement;

  const snapshotDay = select(
    [
      ['', snapshotText('off', lang)],
      ...WEEK_DAYS.map((d): [string, string] => [d, snapshotText(d, lang)]),
    ],
    view.snapshots.day || '',
  );
  const snapshotHour = select(
    Array.from({ length: 24 }, (_, hour): [string, string] => [String(hour), hourText(hour)]),
    String(view.snapshots.hour ?? 7),
  );
  const saveNow = h(
    'button',
    { type: 'button', 'data-testid': 'save-snapshot' },
    snapshotText('saveSnapshotNow', lang),
  ) as HTMLButtonElement;
  saveNow.addEventListener('click', async () => {
    saveNow.disabled = true;
    status.className = 'status muted';
    status.textContent = sidebarText('saving', lang);
    try {
      // Apps Script opens Settings afresh; should this page stay, it reads the new status.
      await call('saveSnapshotNow');
      const after = await call('getSettings');
      render(
        after,
        after.snapshots.error ? '' : `✓ ${snapshotText('snapshotSaved', after.language)}`,
      );
    } catch (error) {
      status.textContent = '';
      problem.replaceChildren(errorBox(error));
      saveNow.disabled = false;
    }
  });

  const status = h('span', { class: 'status ok', role: 'status', 'data-testid': 'status' }, notice);
  const problem = h('div', {});
  const save = h(
    'button',
    { type: 'submit', class: 'primary', 'data-testid': 'save' },
    label('save', lang),
  ) as HTMLButtonElement;

  const clearErrors = () => {
    for (const f of fields.values()) {
      f.wrap.classList.remove('invalid');
      f.error.textContent = '';
      f.control.removeAttribute('aria-invalid');
    }
    for (const tr of [...stages.rows(), ...reps.rows()]) tr.classList.remove('invalid');
    problem.replaceChildren();
  };

  const showError = (error: unknown) => {
    const message = errorMessage(error);
    const found = fieldOfError(message);
    const target = found ? fields.get(found.key) : undefined;
    if (!found || !target) {
      problem.replaceChildren(errorBox(error));
      return;
    }
    target.wrap.classList.add('invalid');
    target.control.setAttribute('aria-invalid', 'true');
    target.error.textContent = found.text;
    if (found.key.startsWith('columns.')) columnsPart.setAttribute('open', '');
    const rowsOf = found.key === 'stages' ? stages.rows() : found.key === 'reps' ? reps.rows() : [];
    const row = found.row !== null ? rowsOf[found.row - 1] : undefined;
    row?.classList.add('invalid');
    const focus = (row?.querySelector('input') as HTMLElement | null) ?? target.control;
    if (focus.tabIndex >= 0 || focus.matches('input, select, textarea')) focus.focus();
    problem.replaceChildren(
      h('div', { class: 'error', role: 'alert' }, sidebarText('checkFields', lang)),
    );
  };

  const input = (): SettingsInput => {
    const columns: Partial<Record<DealField, string>> = {};
    for (const column of view.columns) {
      const value = columnSelects.get(column.field)!.value;
      if (value !== column.header) columns[column.field] = value;
    }
    const rows = stages.read();
    const before = view.stages.map((s) => ({
      name: s.name,
      probability: `${percentText(s.probability)}%`,
      kind: s.kind,
    }));
    const apiKeyValue = apiKey.value.trim();
    return {
      language: language.value,
      sheetName: sheetName.value,
      ...(Object.keys(columns).length > 0 ? { columns } : {}),
      ...(JSON.stringify(rows) !== JSON.stringify(before) ? { stages: rows } : {}),
      quota: quota.value.trim(),
      ...(reps.same() ? {} : { reps: reps.read() }),
      quotaPeriod: quotaPeriod.value,
      winRateBand: winRateBand.value,
      workerUrl: workerUrl.value.trim(),
      ...(apiKeyValue !== '' ? { apiKey: apiKeyValue } : {}),
      ...(removeKey.checked ? { removeApiKey: true } : {}),
      // The schedule only when changed: the trigger runs with the key of whoever saves it, so a
      // teammate saving the quota neither takes the weekly save over nor needs a key for it.
      ...(snapshotDay.value !== (view.snapshots.day || '') ||
      Number(snapshotHour.value) !== (view.snapshots.hour ?? 7)
        ? { snapshotDay: snapshotDay.value, snapshotHour: Number(snapshotHour.value) }
        : {}),
    };
  };

  const form = h(
    'form',
    { novalidate: true },
    h('h1', {}, label('settings', lang)),
    field(fields, 'language', label('language', lang), language),
    field(fields, 'sheetName', addonText('pipelineSheet', lang), sheetName),
    columnsPart,
    h('h2', {}, addonText('stageTable', lang)),
    stageWrap,
    h('h2', {}, label('coverage', lang)),
    field(fields, 'quota', label('quota', lang), quota),
    field(fields, 'quotaPeriod', sidebarText('quotaPeriod', lang), quotaPeriod),
    field(fields, 'winRateBand', addonText('winRateBand', lang), winRateBand),
    h('h2', {}, repText('title', lang)),
    repWrap,
    h('h2', {}, sidebarText('analyticsService', lang)),
    field(fields, 'workerUrl', addonText('workerUrl', lang), workerUrl),
    field(fields, 'apiKey', addonText('apiKey', lang), apiKey, keyHint),
    view.apiKey.saved
      ? h('label', { class: 'check' }, removeKey, addonText('removeKey', lang))
      : null,
    h('h2', {}, snapshotText('weeklySnapshots', lang)),
    field(
      fields,
      'snapshotDay',
      snapshotText('snapshotDay', lang),
      snapshotDay,
      snapshotText('scheduleHint', lang, { timeZone: view.snapshots.timeZone }),
    ),
    field(fields, 'snapshotHour', snapshotText('snapshotHour', lang), snapshotHour),
    snapshotStatus(view),
    h('div', { class: 'row' }, saveNow),
    h('div', { class: 'actions' }, problem, h('div', { class: 'row' }, save, status)),
  ) as HTMLFormElement;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    save.disabled = true;
    status.className = 'status muted';
    status.textContent = sidebarText('saving', lang);
    try {
      const saved = await call('saveSettings', input());
      setPageLanguage(saved.language);
      render(saved, `✓ ${addonText('settingsSaved', saved.language)}`);
    } catch (error) {
      status.textContent = '';
      showError(error);
      save.disabled = false;
    }
  });

  mount(form);
}

async function start(): Promise<void> {
  try {
    const view = await call('getSettings');
    setPageLanguage(view.language);
    render(view);
  } catch (error) {
    mount(errorBox(error));
  }
}

start();

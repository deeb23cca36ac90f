// The report page: reads a pipeline file (through POST /v1/analyze, or in this
// browser for big files), shows what it read, lets the reader correct it, and
// draws the report with Chart.js. History views need a team key.

import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import { localizeAnswer, localizeProblem } from '../../src/localize';
import { analyzeLocally, LocalAnalysisError } from '../local/analyze-locally';
import { analyzeCsv, type Problem, ProblemError, saveSnapshot } from './api';
import { resizeCharts } from './chart';
import { byId, h } from './dom';
import { formatNumber } from './format';
import { forgetKey, showHistory, teamKey, useKey } from './history-view';
import { csvHeaders, showErrorGroups, showProblem, showRead } from './read-view';
import { downloadTable, showReport } from './report-view';
import {
  analyzeOptions,
  GROUP_FIELDS,
  initialSettings,
  rememberSettings,
  type Settings,
} from './settings';
import { currentLanguage, setLanguage, t, type Word } from './text';

/** Pasted text beyond this is refused: a file is the way for bigger data. */
export const PASTE_LIMIT = 1_000_000;
/** Files up to this size go to the API; bigger ones are read in this browser. */
export const API_LIMIT = 4_000_000;
/** The Worker's request body limit (MAX_BODY_BYTES), less room for the JSON around the CSV. */
export const SNAPSHOT_LIMIT = 4_900_000;

/** The pipeline being looked at: its text when small enough to keep, else the file. */
type Input = { kind: 'text'; csv: string } | { kind: 'file'; file: File };

let settings: Settings = initialSettings();
let input: Input | null = null;
let answer: AnalysisAnswer | null = null;
let problem: Problem | null = null;
let running: AbortController | null = null;

function status(text: string): void {
  byId('status').textContent = text;
}

function applyLanguage(): void {
  setLanguage(settings.language);
  document.documentElement.lang = settings.language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = t(element.dataset.text as Word);
  }
  byId<HTMLSelectElement>('language').value = settings.language;
  if (answer) show(answer);
  else if (problem) showProblem(problem);
}

/** Puts the settings into the option controls. */
function fillOptions(): void {
  byId<HTMLInputElement>('as-of').value = settings.asOf ?? '';
  byId<HTMLInputElement>('quota').value =
    settings.quota === undefined ? '' : String(settings.quota);
  byId<HTMLSelectElement>('quota-period').value = settings.quotaPeriod ?? 'quarter';
  byId<HTMLSelectElement>('band').value = settings.band;
  const boxes = byId('group-by');
  boxes.replaceChildren(
    ...GROUP_FIELDS.map((field) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          value: field,
          checked: settings.groupBy.includes(field),
        }),
        h('span', { 'data-text': `group.${field}` }, t(`group.${field}`)),
      ),
    ),
  );
}

/** Reads the option controls into the settings. */
function readOptions(): Settings {
  const quota = byId<HTMLInputElement>('quota').value.trim();
  const quotaPeriod = byId<HTMLSelectElement>('quota-period').value;
  const groupBy = [...byId('group-by').querySelectorAll<HTMLInputElement>('input:checked')].map(
    (box) => box.value as Settings['groupBy'][number],
  );
  return {
    ...settings,
    asOf: byId<HTMLInputElement>('as-of').value || undefined,
    quota: quota === '' || !(Number(quota) >= 0) ? undefined : Number(quota),
    quotaPeriod: quotaPeriod === 'quarter' ? undefined : (quotaPeriod as Settings['quotaPeriod']),
    band: byId<HTMLSelectElement>('band').value as Settings['band'],
    groupBy: groupBy.length > 0 ? groupBy : ['owner'],
  };
}

function show(result: AnalysisAnswer): void {
  const headers = input?.kind === 'text' ? csvHeaders(input.csv) : Object.values(result.columns);
  showRead(
    result,
    headers.filter((x): x is string => !!x),
    settings,
    (next) => {
      settings = next;
      void run();
    },
  );
  showErrorGroups(result);
  showReport(
    { ...result, currency: result.currency ?? settings.displayCurrency ?? null },
    settings.groupBy,
  );
  status(`${t('analyzed')}: ${formatNumber(result.report.deals)}`);
}

/** Shows a progress bar for the in-browser reading of a big file. */
function progress(phase: string, done: number, total: number): void {
  const bar = byId<HTMLProgressElement>('progress');
  bar.hidden = false;
  bar.max = total || 1;
  bar.value = done;
  status(`${t('readingLocally')}: ${phase} ${Math.round((100 * done) / (total || 1))}%`);
}

/** Analyses the current input with the current settings and shows the answer. */
async function run(): Promise<void> {
  if (!input) return;
  rememberSettings(settings);
  running?.abort();
  const controller = new AbortController();
  running = controller;
  status(t('loading'));
  const options = analyzeOptions(settings);
  try {
    const result =
      input.kind === 'text'
        ? await analyzeCsv(input.csv, options, teamKey() ?? undefined)
        : // The API answers in the page's language; the engine here answers in English.
          localizeAnswer(
            await analyzeLocally(input.file, options, {
              signal: controller.signal,
              onProgress: ({ phase, done, total }) => progress(phase, done, total),
            }),
            currentLanguage(),
          );
    if (controller.signal.aborted) return;
    answer = result;
    problem = null;
    show(result);
  } catch (error) {
    if (controller.signal.aborted) return;
    answer = null;
    problem =
      error instanceof LocalAnalysisError
        ? localizeProblem(error.problem, currentLanguage())
        : error instanceof ProblemError
          ? error.problem
          : { title: t('requestFailed'), detail: String(error) };
    showProblem(problem);
    status('');
  } finally {
    byId('progress').hidden = true;
  }
}

/** Starts on a file: small ones are read as text and sent, big ones stay in the browser. */
async function useFile(file: File): Promise<void> {
  if (file.size > API_LIMIT) {
    input = { kind: 'file', file };
    byId<HTMLTextAreaElement>('csv').value = '';
  } else {
    const csv = await file.text();
    input = { kind: 'text', csv };
    byId<HTMLTextAreaElement>('csv').value = csv.length <= PASTE_LIMIT ? csv : '';
  }
  byId('file-name').textContent = `${file.name} (${formatNumber(Math.ceil(file.size / 1024))} KB)`;
  await run();
}

function usePasted(): void {
  const csv = byId<HTMLTextAreaElement>('csv').value;
  if (csv.length > PASTE_LIMIT) {
    showProblem({ title: t('pasteTooLarge') });
    return;
  }
  input = { kind: 'text', csv };
  byId('file-name').textContent = '';
  void run();
}

async function loadExample(): Promise<void> {
  const csv = await (await fetch('/dist/pipeline.csv')).text();
  byId<HTMLTextAreaElement>('csv').value = csv;
  input = { kind: 'text', csv };
  byId('file-name').textContent = 'pipeline.csv';
  await run();
}

async function storeSnapshot(): Promise<void> {
  const key = teamKey();
  const out = byId('snapshot-status');
  if (!key || !input || !answer) {
    out.textContent = t('snapshotNeedsData');
    return;
  }
  const size = input.kind === 'text' ? new Blob([input.csv]).size : input.file.size;
  if (input.kind === 'file' || size > SNAPSHOT_LIMIT) {
    out.textContent = t('snapshotTooLarge');
    return;
  }
  const asOf = settings.asOf ?? new Date().toISOString().slice(0, 10);
  try {
    const saved = await saveSnapshot(key, asOf, input.csv, analyzeOptions(settings));
    out.textContent = t('snapshotSaved', { date: saved.asOf });
    await showHistory(answer.currency);
  } catch (error) {
    out.textContent = error instanceof ProblemError ? error.problem.title : String(error);
  }
}

/** Opens the folded figures for print, so the PDF carries every table; folds them again after. */
function preparePrint(): void {
  const folded = [...document.querySelectorAll<HTMLDetailsElement>('#report details:not([open])')];
  for (const details of folded) details.open = true;
  resizeCharts();
  window.addEventListener(
    'afterprint',
    () => {
      for (const details of folded) details.open = false;
      resizeCharts();
    },
    { once: true },
  );
}

function wire(): void {
  const drop = byId('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void useFile(file);
  });
  byId<HTMLInputElement>('file').addEventListener('change', (event) => {
    const element = event.target as HTMLInputElement;
    const file = element.files?.[0];
    element.value = '';
    if (file) void useFile(file);
  });
  byId('analyze').addEventListener('click', usePasted);
  byId('example').addEventListener('click', () => void loadExample());
  byId('options').addEventListener('change', () => {
    settings = readOptions();
    rememberSettings(settings);
    void run();
  });
  byId<HTMLSelectElement>('language').addEventListener('change', (event) => {
    settings = { ...settings, language: (event.target as HTMLSelectElement).value as 'en' | 'zh' };
    rememberSettings(settings);
    applyLanguage();
    void showHistory(answer?.currency ?? null);
  });
  byId('report').addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button[data-table]');
    if (target?.dataset.table) downloadTable(target.dataset.table);
  });
  byId('print').addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', preparePrint);
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const field = byId<HTMLInputElement>('team-key');
    void useKey(field.value);
    field.value = '';
  });
  byId('forget-key').addEventListener('click', () => void forgetKey());
  byId('save-snapshot').addEventListener('click', () => void storeSnapshot());
}

wire();
fillOptions();
applyLanguage();
rememberSettings(settings);
void showHistory();

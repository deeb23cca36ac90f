import {
  createStageTable,
  DEAL_COLUMN_ALIASES,
  DEFAULT_STAGES,
  detectColumns,
  normalizeStageKey,
  parseAmount,
  parseStageTable,
} from '../../../shared/index';
import type { DealField, Language, StageDefinition } from '../../../shared/types';
import { describeValue } from '../lib/describe-value';
import { findPipelineSheet } from '../sheet/find-pipeline-sheet';
import { headerRow } from '../sheet/header-row';
import { isFetchAllowed } from './is-fetch-allowed';
import type { Settings, SheetSettings, WinRateBandName } from './settings';
import type { QuotaPeriod, SettingsInput } from './settings-types';
import { stageTableOf } from './stage-table-of';
import { stagesTabRows } from './stages-tab-rows';
import { URL_FETCH_WHITELIST } from './url-fetch-whitelist';
import type { WeekDay } from '../snapshots/snapshot-types';
import { workerCaller } from '../snapshots/call-worker';

/** What `saveSettings` will write once every field has passed. */
export interface SettingsPlan {
  /** The new shared settings (DocumentProperties). */
  readonly sheet: SheetSettings;
  readonly language: Language;
  /** A new key to save, `null` to remove the saved one, `undefined` to keep it. */
  readonly apiKey: string | null | undefined;
  /** The Worker URL a new key is saved with (set whenever `apiKey` is a key). */
  readonly apiKeyUrl?: string;
  /** New content of the "Stages" tab's columns A:F, or null to leave the tab alone. */
  readonly stagesTab: (string | number)[][] | null;
  /** The weekly snapshot: day and hour, null to turn it off, undefined to leave it. */
  readonly schedule?: { day: WeekDay; hour: number } | null;
}

const FIELDS = new Set(Object.keys(DEAL_COLUMN_ALIASES));
const PERIODS: readonly QuotaPeriod[] = ['month', 'quarter', 'year'];
const BANDS: readonly WinRateBandName[] = ['founderLed', 'mature'];
/** The form of the keys the analytics Worker issues. */
const API_KEY = /^sp_[0-9a-f]{16}_[0-9a-f]{64}$/;
const HTTPS_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s?#]*)?$/;

const fail = (field: string, message: string): never => {
  throw new Error(`Settings: ${field} ${message}`);
};

const text = (value: unknown, field: string): string => {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' && typeof value !== 'number')
    fail(field, `must be text (got ${describeValue(value)})`);
  return String(value).trim();
};

function planColumns(
  input: Partial<Record<string, unknown>>,
  current: Partial<Record<DealField, string>>,
  headers: readonly string[],
): Partial<Record<DealField, string>> | undefined {
  const auto = detectColumns(headers).fields;
  const next: Partial<Record<DealField, string>> = { ...current };
  for (const [key, value] of Object.entries(input)) {
    const field = `columns.${key}`;
    if (!FIELDS.has(key)) fail(field, 'is not a deal field');
    const header = text(value, field);
    const dealField = key as DealField;
    if (header === '') {
      delete next[dealField];
      continue;
    }
    const column = headers.indexOf(header);
    if (column < 0) {
      fail(
        field,
        `must be a header of the pipeline tab (got ${describeValue(header)}; headers: ${
          headers.filter(Boolean).join(', ') || 'none'
        })`,
      );
    }
    if (auto[dealField] === column) delete next[dealField];
    else next[dealField] = header;
  }
  // Every field's column once the overrides apply: a column may feed one field only.
  const final = new Map<DealField, string>();
  for (const [field, column] of Object.entries(auto) as [DealField, number][]) {
    if (next[field] === undefined) final.set(field, headers[column]);
  }
  const overridden = Object.entries(next) as [DealField, string][];
  for (const [field, header] of overridden) final.set(field, header);
  for (const [field, header] of overridden) {
    for (const [other, otherHeader] of final) {
      if (other !== field && otherHeader === header)
        fail(`columns.${field}`, `uses the column "${header}" already read for ${other}`);
    }
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/** A quota as typed: null for blank, else a number of 0 or more. */
function quotaOf(raw: unknown, field: string): number | null {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return null;
  let value = Number.NaN;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    try {
      value = parseAmount(raw) ?? Number.NaN;
    } catch {
      value = Number.NaN;
    }
  }
  if (!(Number.isFinite(value) && value >= 0))
    fail(field, `must be a number of 0 or more (got ${describeValue(raw)})`);
  return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The owner mapping: each row an owner name, an email (or blank) and a quota (or blank). */
function planReps(input: unknown): SettingsPlan['sheet']['reps'] {
  if (!Array.isArray(input)) fail('reps', `must be a list of rows (got ${describeValue(input)})`);
  const seen = new Set<string>();
  const reps = (input as (Record<string, unknown> | null)[]).map((row, i) => {
    const at = `reps row ${i + 1}`;
    const name = text(row?.name, `${at} owner`);
    const email = text(row?.email, `${at} email`);
    if (name === '') fail(at, 'owner is blank');
    if (email !== '' && !EMAIL.test(email))
      fail(at, `email must be an address (got ${describeValue(email)})`);
    // An owner or an email in two rows would make the mapping ambiguous.
    for (const key of [name, email.toLowerCase()].filter(Boolean)) {
      if (seen.has(key)) fail(at, `repeats ${describeValue(key)} of an earlier row`);
      seen.add(key);
    }
    return { name, email, quota: quotaOf(row?.quota, `${at} quota`) };
  });
  return reps.length > 0 ? reps : undefined;
}

function planStages(input: unknown, current: readonly StageDefinition[]): StageDefinition[] {
  if (!Array.isArray(input))
    fail('stages', `must be a list of stages (got ${describeValue(input)})`);
  const rows = (input as unknown[]).map((row, i) => {
    if (typeof row !== 'object' || row === null)
      fail(
        `stages row ${i + 1}`,
        `must have a name, probability and kind (got ${describeValue(row)})`,
      );
    const r = row as Record<string, unknown>;
    return [r.name, r.probability, r.kind].map((cell) =>
      cell === null || cell === undefined ? '' : String(cell),
    );
  });
  if (rows.length === 0) return [...DEFAULT_STAGES];
  let defs: StageDefinition[] = [];
  try {
    defs = parseStageTable(rows, 'Settings: stages');
    createStageTable(defs);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.startsWith('Settings:') ? message : `Settings: stages ${message}`);
  }
  for (const kind of ['open', 'won', 'lost'] as const) {
    if (!defs.some((d) => d.kind === kind))
      fail('stages', 'need at least one open, one won and one lost stage');
  }
  // Keep what the form does not show (aliases, Chinese names, average days, exit criteria).
  return defs.map((d) => {
    const before = current.find((c) => normalizeStageKey(c.name) === normalizeStageKey(d.name));
    if (!before) return d;
    const { nameZh, aliases, averageDays, exitCriterion, exitCriterionZh } = before;
    return {
      ...d,
      ...(nameZh ? { nameZh } : {}),
      ...(exitCriterion ? { exitCriterion } : {}),
      ...(exitCriterionZh ? { exitCriterionZh } : {}),
      aliases,
      ...(averageDays !== undefined ? { averageDays } : {}),
    };
  });
}

const sameStages = (a: readonly StageDefinition[], b: readonly StageDefinition[]) =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.name === b[i].name &&
      Math.abs(s.probability - b[i].probability) < 1e-9 &&
      s.kind === b[i].kind,
  );

/**
 * Checks every field of what the settings sidebar sent against the
 * spreadsheet and turns it into what to write. Nothing is written here, so a
 * bad field leaves every setting (and the form) as it was.
 *
 * @param input - the form's values; absent fields keep their setting
 * @param current - the settings as loaded now
 * @returns the writes to make
 * @throws Error `Settings: <field> …` naming the first bad field
 */
export function planSettings(input: SettingsInput, current: Settings): SettingsPlan {
  if (typeof input !== 'object' || input === null) fail('input', 'must be an object');
  const book = SpreadsheetApp.getActive();
  const sheet: { -readonly [K in keyof SheetSettings]: SheetSettings[K] } = {
    sheetName: current.sheetName,
    columns: current.columns,
    stageTable: current.stageSource === 'settings' ? current.stageTable : undefined,
    quota: current.quota,
    quotaPeriod: current.quotaPeriod,
    winRateBand: current.winRateBand,
    workerUrl: current.workerUrl,
    reps: current.reps,
  };

  let language = current.language;
  if (input.language !== undefined) {
    const value = text(input.language, 'language').toLowerCase();
    if (value !== 'en' && value !== 'zh')
      fail('language', `must be "en" or "zh" (got ${describeValue(input.language)})`);
    language = value as Language;
  }

  if (input.sheetName !== undefined) {
    const name = text(input.sheetName, 'sheetName');
    if (name !== '' && !book.getSheetByName(name))
      fail('sheetName', `must be a tab of this spreadsheet (got ${describeValue(name)})`);
    sheet.sheetName = name === '' ? undefined : name;
  }

  if (input.columns !== undefined) {
    if (typeof input.columns !== 'object' || input.columns === null || Array.isArray(input.columns))
      fail('columns', `must map deal fields to headers (got ${describeValue(input.columns)})`);
    const pipeline = findPipelineSheet({ sheetName: sheet.sheetName });
    sheet.columns = planColumns(
      input.columns as Record<string, unknown>,
      current.columns || {},
      headerRow(pipeline),
    );
  }

  let stagesTab: (string | number)[][] | null = null;
  if (input.stages !== undefined) {
    const before = stageTableOf(current).stages;
    const defs = planStages(input.stages, before);
    if (current.stageSource === 'stagesTab') {
      if (!sameStages(defs, before)) stagesTab = stagesTabRows(defs, current.stageTable?.[0]);
    } else {
      // Settings keep the tab's rows as text, without the header.
      sheet.stageTable = sameStages(defs, DEFAULT_STAGES)
        ? undefined
        : stagesTabRows(defs)
            .slice(1)
            .map((row) => row.map(String));
    }
  }

  if (input.quota !== undefined) sheet.quota = quotaOf(input.quota, 'quota');

  if (input.reps !== undefined) sheet.reps = planReps(input.reps);

  if (input.quotaPeriod !== undefined) {
    const value = text(input.quotaPeriod, 'quotaPeriod') as QuotaPeriod;
    if (!PERIODS.includes(value))
      fail(
        'quotaPeriod',
        `must be month, quarter or year (got ${describeValue(input.quotaPeriod)})`,
      );
    sheet.quotaPeriod = value;
  }

  if (input.winRateBand !== undefined) {
    const value = text(input.winRateBand, 'winRateBand') as WinRateBandName;
    if (!BANDS.includes(value))
      fail('winRateBand', `must be founderLed or mature (got ${describeValue(input.winRateBand)})`);
    sheet.winRateBand = value;
  }

  if (input.workerUrl !== undefined) {
    const url = text(input.workerUrl, 'workerUrl').replace(/\/+$/, '');
    if (url !== '' && !HTTPS_URL.test(url))
      fail(
        'workerUrl',
        `must be an https:// address such as https://playbook.example.workers.dev (got ${describeValue(url)})`,
      );
    if (url !== '' && !isFetchAllowed(url))
      fail(
        'workerUrl',
        `must be an address the add-on may call: ${URL_FETCH_WHITELIST.join(', ')} (urlFetchWhitelist in appsscript.json) (got ${describeValue(url)})`,
      );
    sheet.workerUrl = url === '' ? undefined : url;
  }

  let apiKey: string | null | undefined;
  if (input.removeApiKey === true) apiKey = null;
  else if (input.apiKey !== undefined && input.apiKey !== null) {
    if (typeof input.apiKey !== 'string') fail('apiKey', 'must be text');
    const key = input.apiKey.trim();
    // The key itself never goes into a message.
    if (key !== '' && !API_KEY.test(key))
      fail(
        'apiKey',
        'must be the key the analytics service issued: sp_, 16 hex digits, _, 64 hex digits',
      );
    if (key !== '') {
      // A key is only ever sent to the address it was saved with (see saveSettings).
      if (!sheet.workerUrl)
        fail('apiKey', 'needs the analytics service URL it belongs to: fill in both');
      apiKey = key;
    }
  }

  let schedule: SettingsPlan['schedule'];
  if (input.snapshotDay !== undefined) {
    const day = text(input.snapshotDay, 'snapshotDay').toUpperCase() as WeekDay;
    const hour = Number(input.snapshotHour || 0);
    // ScriptApp.WeekDay names the seven days (MONDAY…SUNDAY).
    if (day && !ScriptApp.WeekDay[day])
      fail('snapshotDay', `must be MONDAY…SUNDAY (got ${describeValue(day)})`);
    if (!(Number.isInteger(hour) && hour >= 0 && hour < 24))
      fail('snapshotHour', `must be 0…23 (got ${describeValue(input.snapshotHour)})`);
    // The trigger runs as this user, with this user's key for the document's URL.
    const keyed =
      typeof apiKey === 'string' ||
      (apiKey === undefined &&
        typeof workerCaller({ ...current, workerUrl: sheet.workerUrl }) !== 'string');
    if (day && !keyed) fail('snapshotDay', 'needs the service URL and your key');
    schedule = day ? { day, hour } : null;
  }

  const clean = Object.fromEntries(
    Object.entries(sheet).filter(([, value]) => value !== undefined),
  ) as SheetSettings;
  return {
    sheet: clean,
    language,
    apiKey,
    ...(typeof apiKey === 'string' ? { apiKeyUrl: sheet.workerUrl } : {}),
    stagesTab,
    schedule,
  };
}

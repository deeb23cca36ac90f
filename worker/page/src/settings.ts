import type { z } from '@hono/zod-openapi';
import type { AnalyzeOptionsSchema } from '../../src/schemas';
import { GROUP_FIELDS } from '../../../shared/analysis/group-fields';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import type { Language } from './text';

/** The options of POST /v1/analyze, as its schema declares them. */
export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;
export type GroupBy = NonNullable<AnalyzeOptions['groupBy']>[number];
export type StageMapping = NonNullable<AnalyzeOptions['stageMapping']>;
export type ColumnChoice = NonNullable<AnalyzeOptions['columns']>;

/** What the reader chose: the view, never the data. Kept in the URL and in localStorage. */
export interface Settings {
  language: Language;
  asOf?: string;
  quota?: number;
  quotaPeriod?: 'month' | 'quarter' | 'year';
  groupBy: GroupBy[];
  band: 'founderLed' | 'mature';
  dateOrder?: 'MDY' | 'DMY' | 'YMD';
  decimal?: 'point' | 'comma';
  columns: ColumnChoice;
  stageMapping: StageMapping;
  /** Read stages with the playbook's table instead of a recognised CRM vocabulary. */
  stageTable?: 'playbook';
  /** Currency to write amounts in when the file names none (display only). */
  displayCurrency?: string;
}

export { GROUP_FIELDS };
const STORAGE_KEY = 'salesPlaybook.report';

/** The playbook's seven stages as a request's stage table. */
const PLAYBOOK_STAGES: NonNullable<AnalyzeOptions['stages']> = DEFAULT_STAGES.map((stage) => ({
  name: stage.name,
  ...(stage.nameZh ? { nameZh: stage.nameZh } : {}),
  probability: stage.probability,
  kind: stage.kind,
  aliases: [...stage.aliases],
}));

const oneOf = <T extends string>(value: string | null | undefined, allowed: readonly T[]) =>
  allowed.find((item) => item === value);

function parseJson<T>(text: string | null): T | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Settings from query parameters (the same names `toQuery` writes). */
function fromQuery(query: URLSearchParams, fallbackLanguage: Language): Settings {
  const quota = Number(query.get('quota'));
  const groupBy = (query.get('groupBy') ?? 'owner,source')
    .split(',')
    .map((field) => oneOf(field, GROUP_FIELDS))
    .filter((field): field is GroupBy => field !== undefined);
  const asOf = query.get('asOf');
  return {
    language: oneOf(query.get('lang'), ['en', 'zh'] as const) ?? fallbackLanguage,
    ...(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? { asOf } : {}),
    ...(query.get('quota') && Number.isFinite(quota) && quota >= 0 ? { quota } : {}),
    quotaPeriod: oneOf(query.get('quotaPeriod'), ['month', 'quarter', 'year'] as const),
    groupBy: groupBy.length > 0 ? groupBy : ['owner', 'source'],
    band: oneOf(query.get('band'), ['founderLed', 'mature'] as const) ?? 'founderLed',
    dateOrder: oneOf(query.get('dateOrder'), ['MDY', 'DMY', 'YMD'] as const),
    decimal: oneOf(query.get('decimal'), ['point', 'comma'] as const),
    columns: parseJson<ColumnChoice>(query.get('columns')) ?? {},
    stageMapping: parseJson<StageMapping>(query.get('map')) ?? {},
    stageTable: oneOf(query.get('stages'), ['playbook'] as const),
    displayCurrency: /^[A-Z]{3}$/.test(query.get('currency') ?? '')
      ? (query.get('currency') ?? undefined)
      : undefined,
  };
}

/** The query string that reproduces these settings (defaults left out). */
export function toQuery(settings: Settings): URLSearchParams {
  const query = new URLSearchParams();
  query.set('lang', settings.language);
  if (settings.asOf) query.set('asOf', settings.asOf);
  if (settings.quota !== undefined) query.set('quota', String(settings.quota));
  if (settings.quotaPeriod) query.set('quotaPeriod', settings.quotaPeriod);
  if (settings.groupBy.join(',') !== 'owner,source')
    query.set('groupBy', settings.groupBy.join(','));
  if (settings.band !== 'founderLed') query.set('band', settings.band);
  if (settings.dateOrder) query.set('dateOrder', settings.dateOrder);
  if (settings.decimal) query.set('decimal', settings.decimal);
  if (Object.keys(settings.columns).length > 0)
    query.set('columns', JSON.stringify(settings.columns));
  if (Object.keys(settings.stageMapping).length > 0)
    query.set('map', JSON.stringify(settings.stageMapping));
  if (settings.stageTable) query.set('stages', settings.stageTable);
  if (settings.displayCurrency) query.set('currency', settings.displayCurrency);
  return query;
}

/**
 * The settings to start with: the URL's when it carries any (a shared link),
 * else the ones remembered in this browser, else the defaults.
 */
export function initialSettings(): Settings {
  const browserLanguage: Language = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const query = new URLSearchParams(location.search);
  const onlyLanguage = [...query.keys()].every((key) => key === 'lang');
  if (onlyLanguage) {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored !== null) {
      const remembered = fromQuery(new URLSearchParams(stored), browserLanguage);
      const asked = oneOf(query.get('lang'), ['en', 'zh'] as const);
      return asked ? { ...remembered, language: asked } : remembered;
    }
  }
  return fromQuery(query, browserLanguage);
}

/** Writes the settings into the address bar (no new history entry) and localStorage. */
export function rememberSettings(settings: Settings): void {
  const query = toQuery(settings);
  history.replaceState(null, '', `${location.pathname}?${query}`);
  localStorage.setItem(STORAGE_KEY, query.toString());
}

/** The request options these settings ask for. */
export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return {
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
    ...(settings.quota !== undefined ? { quota: settings.quota } : {}),
    ...(settings.quotaPeriod ? { quotaPeriod: settings.quotaPeriod } : {}),
    groupBy: settings.groupBy,
    winRateBand: settings.band,
    ...(settings.dateOrder ? { dateOrder: settings.dateOrder } : {}),
    ...(settings.decimal ? { decimal: settings.decimal } : {}),
    ...(Object.keys(settings.columns).length > 0 ? { columns: settings.columns } : {}),
    ...(Object.keys(settings.stageMapping).length > 0
      ? { stageMapping: settings.stageMapping }
      : {}),
    ...(settings.stageTable === 'playbook' ? { stages: PLAYBOOK_STAGES } : {}),
  };
}

import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import type { AnalyzeOptions } from './settings';
import { currentLanguage } from './text';

/** A problem body of the API (RFC 9457 with row/column details). */
export interface Problem {
  readonly title: string;
  readonly detail?: string;
  readonly status?: number;
  readonly errors?: readonly {
    readonly row?: number;
    readonly column?: string;
    readonly field?: string;
    readonly value?: string;
    readonly message: string;
  }[];
}

/** A failed request, carrying the API's problem. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

/** Snapshot dates of a team (GET /v1/snapshots). */
export interface SnapshotList {
  readonly snapshots: { readonly asOf: string; readonly deals: number }[];
}

/** Months of GET /v1/trends. */
export interface Trends {
  readonly from: string;
  readonly to: string;
  readonly months: {
    readonly month: string;
    readonly won: number;
    readonly lost: number;
    readonly winRate: number | null;
    readonly wonAmount: number;
    readonly averageDealSize: number | null;
    readonly cycleDays: number | null;
    readonly snapshotAsOf: string | null;
    readonly openPipeline: number | null;
    readonly weightedPipeline: number | null;
    readonly coverage: number | null;
  }[];
}

/** A deal's stage and amount in one snapshot. */
export type DealState = { stage: string; amount: number | null; closeDate?: string } | null;

/** GET /v1/waterfall. */
export interface Waterfall {
  readonly from: string;
  readonly to: string;
  readonly totals: Record<string, { count: number; amount: number }>;
  readonly pipeline: Record<string, number>;
  readonly unchanged: number;
  readonly deals: {
    readonly key: string;
    readonly name?: string;
    readonly account?: string;
    readonly owner?: string;
    readonly changes: string[];
    readonly before: DealState;
    readonly after: DealState;
  }[];
}

/** GET /v1/forecast-accuracy. */
export interface ForecastAccuracy {
  readonly period: { label: string; start: string; end: string };
  readonly forecast: { commit: number; commitBestCase: number };
  readonly actual: { won: number; count: number };
  readonly accuracy: Record<
    'commit' | 'commitBestCase',
    { ratio: number | null; withinTarget: boolean | null }
  >;
}

/**
 * Calls the API in the page's language (`?lang=` and Accept-Language) and
 * answers the JSON body or throws a ProblemError.
 */
async function call<T>(path: string, init: RequestInit = {}, key?: string): Promise<T> {
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', currentLanguage());
  const headers = new Headers(init.headers);
  headers.set('accept-language', currentLanguage() === 'zh' ? 'zh-CN,zh;q=0.9' : 'en');
  if (key) headers.set('authorization', `Bearer ${key}`);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers });
  } catch (error) {
    throw new ProblemError({ title: 'Network error', detail: String(error) });
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.ok) return (await response.json()) as T;
  if (type.includes('json')) throw new ProblemError((await response.json()) as Problem);
  throw new ProblemError({ title: `HTTP ${response.status}`, detail: await response.text() });
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** POST /v1/analyze; with the team key when one is set, so the rate limit counts the team's requests. */
export const analyzeCsv = (csv: string, options: AnalyzeOptions, key?: string) =>
  call<AnalysisAnswer>('/v1/analyze', json({ csv, options }), key);

export const saveSnapshot = (key: string, asOf: string, csv: string, options: AnalyzeOptions) => {
  // Snapshots keep the reading options only; the view's options are not stored.
  const { columns, dateOrder, decimal, stageMapping } = options;
  return call<{ asOf: string; deals: number; replaced: boolean }>(
    '/v1/snapshots',
    json({ asOf, csv, options: { columns, dateOrder, decimal, stageMapping } }),
    key,
  );
};

export const listSnapshots = (key: string) => call<SnapshotList>('/v1/snapshots', {}, key);
export const getTrends = (key: string, from: string, to: string) =>
  call<Trends>(`/v1/trends?from=${from}&to=${to}`, {}, key);
export const getWaterfall = (key: string, from: string, to: string) =>
  call<Waterfall>(`/v1/waterfall?from=${from}&to=${to}`, {}, key);
export const getForecastAccuracy = (key: string, period: string) =>
  call<ForecastAccuracy>(`/v1/forecast-accuracy?period=${encodeURIComponent(period)}`, {}, key);

import type { z } from '@hono/zod-openapi';
import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import type {
  ForecastAccuracyReport,
  SnapshotList as SnapshotListSchema,
  Trend,
  Waterfall as WaterfallSchema,
} from '../../src/schemas';
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

// The history answers, typed from the Worker's response schemas (type-only
// imports: nothing of zod reaches the page's bundle).

/** Snapshot dates of a team (GET /v1/snapshots). */
export type SnapshotList = z.infer<typeof SnapshotListSchema>;

/** Months of GET /v1/trends. */
export type Trends = z.infer<typeof Trend>;

/** GET /v1/waterfall. */
export type Waterfall = z.infer<typeof WaterfallSchema>;

/** A deal's stage and amount in one snapshot. */
export type DealState = Waterfall['deals'][number]['before'];

/** GET /v1/forecast-accuracy. */
export type ForecastAccuracy = z.infer<typeof ForecastAccuracyReport>;

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

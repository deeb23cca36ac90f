// What the forecast call server functions take and answer, shared with the
// weekly review sidebar (client/forecast-call-section.ts).

/** What a rep calls for a period: the commit, and an optional best case and note. */
export interface ForecastCallInput {
  readonly commit: number;
  readonly bestCase?: number;
  readonly note?: string;
}

/**
 * The Worker's answer as sent (its status and JSON body), or why there is no
 * Worker to ask: no URL in Settings ('noWorker') or no key saved for it ('noKey').
 */
export type ForecastCallAnswer =
  // biome-ignore lint/suspicious/noExplicitAny: the sidebar reads the fields of each route
  | { readonly status: number; readonly body: Record<string, any> }
  | { readonly reason: 'noWorker' | 'noKey' };

// The built add-on (dist/addon/Code.js in node:vm over a fake spreadsheet)
// talking with real HTTP to the local Worker that global-setup.ts starts:
// what the add-on's end-to-end tests against the Worker share.

import { build } from '../../addon/build.mjs';
import { realUrlFetch } from '../addon/harness/fake-triggers';
import { type Addon, type FetchCall, loadAddon } from '../addon/harness/load-addon';
import { baseUrl } from './page-helpers';

/** The header of the test pipelines: the columns a weekly snapshot keeps. */
export const HEADER = [
  'Deal ID',
  'Deal',
  'Account',
  'Stage',
  'Amount',
  'Created',
  'Close date',
  'Stage entered',
];

/** A date cell as Sheets hands it over: midnight UTC of the day. */
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Builds dist/addon/Code.js from the sources, as the tests must run the built bundle. */
export async function buildAddon(): Promise<void> {
  try {
    await build({ quiet: true });
  } catch (error) {
    // Code.js is written before the size check; the budget is the build test's concern.
    if (!(error instanceof Error && /over the \d+-byte budget/.test(error.message))) throw error;
  }
}

/** The add-on on a given day with a Pipeline tab of `rows`, its UrlFetchApp making real requests. */
export function addonWithHttp(now: string, rows: unknown[][], log: FetchCall[]): Addon {
  const addon = loadAddon({ sheets: { Pipeline: rows }, now });
  (addon.context as Record<string, unknown>).UrlFetchApp = realUrlFetch(log);
  return addon;
}

/**
 * Connects the add-on to the local Worker as saveSettings would keep it
 * (the settings form only takes https, the local Worker is http://).
 * @param settings - other settings kept next to the Worker's address
 */
export function connectToWorker(
  addon: Addon,
  key: string,
  settings: Record<string, unknown> = {},
): void {
  addon.documentProperties.store.set(
    'salesPlaybook.settings',
    JSON.stringify({ workerUrl: baseUrl, ...settings }),
  );
  addon.userProperties.store.set('salesPlaybook.apiKey', key);
  addon.userProperties.store.set('salesPlaybook.apiKeyUrl', baseUrl);
}

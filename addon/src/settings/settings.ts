import type { DealField, Language } from '../../../shared/types';

/** Which healthy win-rate band the team uses (playbook §4). */
export type WinRateBandName = 'founderLed' | 'mature';

/**
 * Settings shared by everyone who opens the spreadsheet, kept in
 * DocumentProperties as one JSON value (well under the 9 KB limit).
 */
export interface SheetSettings {
  /** Name of the pipeline tab; blank means: find the tab with a stage column. */
  readonly sheetName?: string;
  /** Deal field → header text, where auto-detection is not enough. */
  readonly columns?: Partial<Record<DealField, string>>;
  /** The team's stage table rows (name, probability, kind, aliases); empty means playbook defaults. */
  readonly stageTable?: string[][];
  /** Quota for the current period, for coverage. */
  readonly quota?: number | null;
  /** Which period the quota covers; a calendar quarter by default. */
  readonly quotaPeriod?: 'month' | 'quarter' | 'year';
  readonly winRateBand?: WinRateBandName;
  /** Base URL of the analytics Worker, e.g. https://playbook.example.workers.dev */
  readonly workerUrl?: string;
  /** Owner mapping: owner name as the sheet writes it ↔ Google account email, with a quota. */
  readonly reps?: RepRow[];
}

/** One row of the owner mapping in Settings. */
export interface RepRow {
  /** The owner as written in the pipeline tab's Owner column. */
  readonly name: string;
  /** The rep's Google account email, '' when not known. */
  readonly email: string;
  /** The rep's quota for the quota period; null: none. */
  readonly quota: number | null;
}

/** Per-user settings, kept in UserProperties. */
export interface UserSettings {
  readonly language: Language;
}

/** Everything a server function needs, read once per call. */
export interface Settings extends SheetSettings, UserSettings {
  /** Where `stageTable` came from: the "Stages" tab, Settings, or nowhere (playbook defaults). */
  readonly stageSource: 'stagesTab' | 'settings' | 'default';
}

/** DocumentProperties key of the shared settings. */
export const SHEET_SETTINGS_KEY = 'salesPlaybook.settings';
/** UserProperties key of the user's language. */
export const LANGUAGE_KEY = 'salesPlaybook.language';
/** UserProperties key of the user's Worker API key (never sent back to the browser in full). */
export const API_KEY_KEY = 'salesPlaybook.apiKey';
/** UserProperties key of the Worker URL the user's API key was saved with; the key goes nowhere else. */
export const API_KEY_URL_KEY = 'salesPlaybook.apiKeyUrl';

import type { DealField, Language, StageKind } from '../../../shared/types';
import type { SnapshotStatus, WeekDay } from '../snapshots/snapshot-types';
import type { RepRow, WinRateBandName } from './settings';

/** How one deal field is read from the pipeline tab. */
export interface ColumnMappingView {
  readonly field: DealField;
  /** Header text of the column read for it; '' when no column is. */
  readonly header: string;
  /** True when the header was found by the built-in aliases, false when set in Settings. */
  readonly detected: boolean;
}

/** One row of the stage table (playbook §1). */
export interface StageRow {
  readonly name: string;
  /** Win probability 0..1. */
  readonly probability: number;
  readonly kind: StageKind;
}

/** Which period the quota covers (coverage counts won deals of that period). */
export type QuotaPeriod = 'month' | 'quarter' | 'year';

/** What the settings sidebar shows. The API key is never sent in full. */
export interface SettingsView {
  readonly language: Language;
  /** The pipeline tab named in Settings; '' means: found automatically. */
  readonly sheetName: string;
  /** The pipeline tab actually read now, or null when none is found. */
  readonly pipelineSheet: string | null;
  /** Every tab of the spreadsheet, for the pipeline-tab picker. */
  readonly sheetNames: string[];
  /** Header texts of the pipeline tab (row 1), for the column pickers. */
  readonly headers: string[];
  readonly columns: ColumnMappingView[];
  readonly stages: StageRow[];
  /** `stagesTab`: read from the "Stages" tab; `settings`: saved here; `default`: the playbook's. */
  readonly stageSource: 'stagesTab' | 'settings' | 'default';
  readonly quota: number | null;
  readonly quotaPeriod: QuotaPeriod;
  readonly winRateBand: WinRateBandName;
  /** The owner mapping (owner name ↔ email, quota). */
  readonly reps: RepRow[];
  readonly workerUrl: string;
  /** The saved key, masked: `{ saved: true, masked: '••••3f9a' }`. */
  readonly apiKey: { readonly saved: boolean; readonly masked: string };
  /** Weekly snapshots to the Worker: schedule ('' = off) and what the last save did. */
  readonly snapshots: SnapshotStatus & {
    /** Absent when the weekly save is off. */
    readonly day?: WeekDay;
    /** 0-23; absent when off (the form then offers 07:00). */
    readonly hour?: number;
    /** The spreadsheet's time zone, which the hour and times are in. */
    readonly timeZone: string;
    /** Now, `yyyy-MM-dd HH` in that time zone: the sidebar works out the next run from it (`nextRun`). */
    readonly now: string;
  };
}

/** What the settings sidebar sends when the user saves. Absent fields stay as they are. */
export interface SettingsInput {
  readonly language?: string;
  readonly sheetName?: string;
  /** Field → header text; '' removes the field's mapping (auto-detect again). */
  readonly columns?: Partial<Record<DealField, string>>;
  /** The whole stage table; an empty list restores the playbook's stages. */
  readonly stages?: {
    readonly name: string;
    readonly probability: number | string;
    readonly kind: string;
  }[];
  /** A number, text such as "1,200,000", or null / '' for no quota. */
  readonly quota?: number | string | null;
  readonly quotaPeriod?: string;
  readonly winRateBand?: string;
  /** The whole owner mapping; quotas as numbers or text, '' for none. */
  readonly reps?: {
    readonly name: string;
    readonly email: string;
    readonly quota: number | string | null;
  }[];
  /** '' removes the Worker URL. */
  readonly workerUrl?: string;
  /** A new key; '' or absent keeps the saved one. */
  readonly apiKey?: string;
  /** True removes the saved key. */
  readonly removeApiKey?: boolean;
  /** Day of the weekly snapshot (MONDAY…SUNDAY); '' turns it off. Absent keeps it. */
  readonly snapshotDay?: string;
  /** Hour 0-23 of the weekly snapshot, in the spreadsheet's time zone; 7 by default. */
  readonly snapshotHour?: number | string;
}

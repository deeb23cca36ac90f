import type { SettingsView } from '../../../addon/src/settings/settings-types';
import type { DealField } from '../../../shared/types';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';

/** Header row of the pipeline tab the settings read. */
export const HEADERS = [
  'Deal ID',
  'Deal',
  'Account',
  'Stage',
  'Value',
  'Amount (old)',
  'Close date',
  'Next step',
  'Metrics',
  'Economic buyer',
  'Champion',
];

/** Fields with the header detected for them ('' = not in the sheet); the sidebar names the fields. */
const COLUMNS: [DealField, string][] = [
  ['id', 'Deal ID'],
  ['name', 'Deal'],
  ['account', 'Account'],
  ['stage', 'Stage'],
  ['amount', 'Amount (old)'],
  ['owner', ''],
  ['closeDate', 'Close date'],
  ['nextStep', 'Next step'],
  ['nextStepDate', ''],
  ['meddpicc1', 'Metrics'],
  ['meddpicc2', 'Economic buyer'],
  ['meddpicc7', 'Champion'],
];

/**
 * What getSettings returns for a team on the playbook's stages with a
 * 600,000 quarterly quota, two owners mapped to emails (Ana Li with a
 * 250,000 quota, Ben Park with none), a saved API key ending in 3f9a, and weekly
 * snapshots on Mondays at 07:00 in Berlin, viewed on Wednesday 2026-11-25 at
 * 10:00 there (so the next run is Monday 2026-11-30), the last save on
 * Monday 2026-11-23.
 */
export function settingsView(overrides: Partial<SettingsView> = {}): SettingsView {
  return {
    language: 'en',
    sheetName: '',
    pipelineSheet: 'Pipeline',
    sheetNames: ['Pipeline', 'Stages', 'Review 2026-11-16'],
    headers: HEADERS,
    columns: COLUMNS.map(([field, header]) => ({ field, header, detected: true })),
    stages: DEFAULT_STAGES.map((s) => ({ name: s.name, probability: s.probability, kind: s.kind })),
    stageSource: 'default',
    quota: 600_000,
    quotaPeriod: 'quarter',
    winRateBand: 'mature',
    reps: [
      { name: 'Ana Li', email: 'ana@example.com', quota: 250_000 },
      { name: 'Ben Park', email: 'ben@example.com', quota: null },
    ],
    workerUrl: 'https://playbook.example.workers.dev',
    apiKey: { saved: true, masked: '••••3f9a' },
    snapshots: {
      day: 'MONDAY',
      hour: 7,
      timeZone: 'Europe/Berlin',
      now: '2026-11-25 10',
      saved: { at: '2026-11-23 07:12', asOf: '2026-11-23', deals: 48 },
    },
    ...overrides,
  };
}

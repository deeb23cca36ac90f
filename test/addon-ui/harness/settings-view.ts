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

/** Fields with the header detected for them ('' = not in the sheet). */
const COLUMNS: [DealField, string, string][] = [
  ['id', 'Deal ID', 'Deal ID'],
  ['name', 'Deal name', 'Deal'],
  ['account', 'Account', 'Account'],
  ['stage', 'Stage', 'Stage'],
  ['amount', 'Amount', 'Amount (old)'],
  ['owner', 'Owner', ''],
  ['closeDate', 'Close date', 'Close date'],
  ['nextStep', 'Next step', 'Next step'],
  ['nextStepDate', 'Next step date', ''],
  ['meddpicc1', 'Metrics', 'Metrics'],
  ['meddpicc2', 'Economic buyer', 'Economic buyer'],
  ['meddpicc7', 'Champion', 'Champion'],
];

/**
 * What getSettings returns for a team on the playbook's stages with a
 * 600,000 quarterly quota and a saved API key ending in 3f9a.
 */
export function settingsView(overrides: Partial<SettingsView> = {}): SettingsView {
  return {
    language: 'en',
    sheetName: '',
    pipelineSheet: 'Pipeline',
    sheetNames: ['Pipeline', 'Stages', 'Review 2026-11-16'],
    headers: HEADERS,
    columns: COLUMNS.map(([field, label, header]) => ({ field, label, header, detected: true })),
    stages: DEFAULT_STAGES.map((s) => ({ name: s.name, probability: s.probability, kind: s.kind })),
    stageSource: 'default',
    quota: 600_000,
    quotaPeriod: 'quarter',
    winRateBand: 'mature',
    workerUrl: 'https://playbook.example.workers.dev',
    apiKey: { saved: true, masked: '••••3f9a' },
    ...overrides,
  };
}

import { DEAL_COLUMN_ALIASES, detectColumns } from '../../../shared/index';
import type { DealField } from '../../../shared/types';
import { findPipelineSheet } from '../sheet/find-pipeline-sheet';
import { headerRow } from '../sheet/header-row';
import { readSchedule, readStatus } from '../snapshots/snapshot-store';
import { maskApiKey } from './mask-api-key';
import { API_KEY_KEY, type Settings } from './settings';
import type { ColumnMappingView, SettingsView } from './settings-types';
import { stageTableOf } from './stage-table-of';

const FIELDS = Object.keys(DEAL_COLUMN_ALIASES) as DealField[];

/**
 * The settings sidebar's view of loaded settings: the pipeline tab and its
 * headers, each deal field's column (auto-detected by the shared header
 * aliases unless set in Settings), the stage table in effect, quota,
 * win-rate band, Worker URL and the masked API key.
 */
export function buildSettingsView(settings: Settings): SettingsView {
  const { language } = settings;
  const book = SpreadsheetApp.getActive();
  const sheet = findPipelineSheet(settings);
  const headers = headerRow(sheet);
  const saved = settings.columns || {};
  let fields: Partial<Record<DealField, number>> = {};
  try {
    fields = detectColumns(headers, saved).fields;
  } catch {
    // A saved header that is gone from the sheet: show what detection finds now.
    fields = detectColumns(headers).fields;
  }
  const columns: ColumnMappingView[] = FIELDS.map((field) => {
    const index = fields[field];
    return {
      field,
      header: index === undefined ? '' : headers[index],
      detected: saved[field] === undefined,
    };
  });
  const table = stageTableOf(settings);
  const key = PropertiesService.getUserProperties().getProperty(API_KEY_KEY);
  const schedule = readSchedule();
  const timeZone = book.getSpreadsheetTimeZone();
  return {
    language,
    sheetName: settings.sheetName || '',
    pipelineSheet: sheet ? sheet.getName() : null,
    sheetNames: book.getSheets().map((s) => s.getName()),
    headers: headers.filter((h) => h !== ''),
    columns,
    stages: table.stages.map((s) => ({ name: s.name, probability: s.probability, kind: s.kind })),
    stageSource: settings.stageSource,
    quota: typeof settings.quota === 'number' ? settings.quota : null,
    quotaPeriod: settings.quotaPeriod || 'quarter',
    winRateBand: settings.winRateBand || 'founderLed',
    reps: settings.reps || [],
    workerUrl: settings.workerUrl || '',
    apiKey: { saved: Boolean(key), masked: maskApiKey(key) },
    snapshots: {
      ...readStatus(),
      ...schedule,
      timeZone,
      now: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH'),
    },
  };
}

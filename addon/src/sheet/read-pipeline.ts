import { addonText } from '../../../shared/content/index';
import { ingestRows } from '../../../shared/index';
import type { ColumnMap, DayNumber, IngestResult, StageTable } from '../../../shared/types';
import type { Settings } from '../settings/settings';
import { stageTableOf } from '../settings/stage-table-of';
import { cellForIngest } from './cell-for-ingest';
import { findPipelineSheet } from './find-pipeline-sheet';
import { today } from './today';

/** The pipeline tab as read once by a server function. */
export interface Pipeline {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The raw values, header in row 0 (sheet row 1). */
  readonly values: unknown[][];
  /** The same cells as the ingestion read them: dates as YYYY-MM-DD text in the sheet's zone. */
  readonly rows: unknown[][];
  readonly columns: ColumnMap;
  readonly ingest: IngestResult;
  readonly table: StageTable;
  readonly timeZone: string;
  readonly asOf: DayNumber;
}

/**
 * Reads the whole pipeline tab in one getValues call and turns it into deals
 * with the shared ingestion (header in row 1, dates as the days the sheet
 * shows in its time zone).
 *
 * @throws Error in the user's language when there is no pipeline tab
 */
export function readPipeline(settings: Settings): Pipeline {
  const sheet = findPipelineSheet(settings);
  if (!sheet) throw new Error(addonText('noPipelineSheet', settings.language));
  const book = SpreadsheetApp.getActive();
  const timeZone = book.getSpreadsheetTimeZone();
  const values = sheet.getDataRange().getValues();
  const days = new Map<number, string>();
  const rows = values.map((row) => row.map((cell) => cellForIngest(cell, timeZone, days)));
  // Without a team stage table the ingestion recognises a CRM's default stages.
  const team = (settings.stageTable || []).length > 0 ? stageTableOf(settings) : undefined;
  const ingest = ingestRows(rows, {
    ...(team ? { stages: team } : {}),
    ...(settings.columns ? { columns: settings.columns } : {}),
  });
  return {
    sheet,
    values,
    rows,
    columns: ingest.columns,
    ingest,
    table: ingest.stages,
    timeZone,
    asOf: today(timeZone),
  };
}

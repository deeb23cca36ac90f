import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../shared/analysis/analyze';
import { analyzeTable } from '../../../shared/analysis/analyze-table';
import {
  type CsvTableOptions,
  CsvTableReader,
  ingestCsvTable,
} from '../../../shared/ingest/csv-table-reader';
import {
  type DealTable,
  TABLE_TEXT_FIELDS,
  tableFromDeals,
} from '../../../shared/ingest/deal-table';
import { ingestCsv } from '../../../shared/ingest/ingest-csv';
import type { IngestResult } from '../../../shared/types';

// The table reader must answer exactly as ingestCsv: this compares the two
// on one input (whole, and pushed in pieces) and lists every difference.

type Options = CsvTableOptions;

/** Every row of a table as plain values, codes turned back into texts. */
export function tableRows(table: DealTable): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < table.length; i++) {
    const row: Record<string, unknown> = {
      row: table.row[i],
      stage: table.stageTexts[table.stage[i]],
      amount: table.amount[i],
      probability: table.probability?.[i] ?? Number.NaN,
      created: table.created[i],
      closeDate: table.closeDate[i],
      meddpiccTotal: table.meddpiccTotal[i],
      forecastOverride: table.forecastOverride?.[i] ?? 0,
      lostAtStage: table.lostAtStage[i] === 0 ? '' : table.lostAtTexts[table.lostAtStage[i]],
    };
    for (const field of TABLE_TEXT_FIELDS) {
      const column = table.text[field];
      if (column !== undefined) row[field] = column.values[column.codes[i]];
    }
    rows.push(row);
  }
  return rows;
}

function outcome<T>(run: () => T): { value?: T; error?: string } {
  try {
    return { value: run() };
  } catch (e) {
    return { error: e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e) };
  }
}

/** Reads `text` in pieces of `size` characters. */
export function ingestInPieces(text: string, size: number, options: Options = {}) {
  const reader = new CsvTableReader(options);
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  return reader.end();
}

/**
 * Differences between `ingestCsv` (+ `analyze`) and the table reader (+
 * `analyzeTable`) on `text`; empty when they agree. `pieces` lists piece
 * sizes to also push the text in.
 */
export function tableDifferences(
  text: string,
  options: Options = {},
  pieces: readonly number[] = [],
): string[] {
  const expected = outcome(() => ingestCsv(text, options));
  const problems: string[] = [];
  const runs: [string, () => ReturnType<typeof ingestCsvTable>][] = [
    ['whole', () => ingestCsvTable(text, options)],
    ...pieces.map((size): [string, () => ReturnType<typeof ingestCsvTable>] => [
      `pieces of ${size}`,
      () => ingestInPieces(text, size, options),
    ]),
  ];
  for (const [name, run] of runs) {
    const actual = outcome(run);
    if (expected.error !== undefined || actual.error !== undefined) {
      if (expected.error !== actual.error) {
        problems.push(
          `${name}: ingestCsv ${expected.error ?? 'ok'}; table ${actual.error ?? 'ok'}`,
        );
      }
      continue;
    }
    const want = expected.value as IngestResult;
    const got = actual.value as ReturnType<typeof ingestCsvTable>;
    const { deals, ...wantRest } = want;
    const { table, ...gotRest } = got;
    for (const key of Object.keys(wantRest) as (keyof typeof wantRest)[]) {
      if (!isDeepStrictEqual(wantRest[key], gotRest[key])) {
        problems.push(
          `${name}: ${key} ${JSON.stringify(wantRest[key])} != ${JSON.stringify(gotRest[key])}`,
        );
      }
    }
    const wantRows = tableRows(tableFromDeals(deals, false, options.texts));
    const gotRows = tableRows(table);
    if (!isDeepStrictEqual(wantRows, gotRows)) {
      const i = wantRows.findIndex((r, k) => !isDeepStrictEqual(r, gotRows[k]));
      problems.push(
        `${name}: ${wantRows.length} vs ${gotRows.length} rows; first difference ${JSON.stringify(wantRows[i])} != ${JSON.stringify(gotRows[i])}`,
      );
    }
    // Grouped by the texts the table keeps (by owner and source when it keeps all).
    const groupBy = options.texts?.filter((field) => field === 'owner' || field === 'source');
    const wantReport = outcome(() =>
      analyze(deals, { stages: want.stages, asOf: 20_454, groupBy }),
    );
    const gotReport = outcome(() =>
      analyzeTable(table, { stages: got.stages, asOf: 20_454, groupBy }),
    );
    if (!isDeepStrictEqual(wantReport, gotReport)) problems.push(`${name}: reports differ`);
  }
  return problems;
}

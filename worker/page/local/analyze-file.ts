import type { z } from '@hono/zod-openapi';
import { type AnalysisAnswer, analysisAnswer } from '../../../shared/analysis/analysis-answer';
import { type AnalysisSettings, analysisOptions } from '../../../shared/analysis/analysis-options';
import { analyzeTable } from '../../../shared/analysis/analyze-table';
import { CsvTableReader } from '../../../shared/ingest/csv-table-reader';
import { hasLoneCr, loneCrToLf } from '../../../shared/ingest/for-each-csv-row';
import { isoToDay } from '../../src/days';
import { stageTableOf } from '../../src/options';
import { refuseEmpty, requireDeals } from '../../src/ingest';
import type { AnalyzeOptionsSchema } from '../../src/schemas';
import { readFileText } from './read-file-text';

/** Options of an analysis in the browser: the `options` of `POST /v1/analyze`, typed from its request schema. */
export type LocalAnalysisOptions = z.infer<typeof AnalyzeOptionsSchema>;

/** The step an analysis is in: reading the file's bytes, its records, then the report. */
export type LocalPhase = 'reading' | 'reading rows' | 'analysing';

/** How far an analysis is: `done` of `total` bytes (reading), records (reading rows) or deals (analysing). */
export interface LocalProgress {
  readonly type: 'progress';
  readonly phase: LocalPhase;
  readonly done: number;
  readonly total: number;
}

/** Least time between two progress reports of the same phase, unless 1% more is done. */
const REPORT_EVERY_MS = 100;

/** Reports progress at most every 1% or 100 ms, and always the end of a phase. */
function progressReporter(onProgress: (progress: LocalProgress) => void) {
  let lastPhase: LocalPhase | null = null;
  let lastDone = 0;
  let lastTime = 0;
  return (phase: LocalPhase, done: number, total: number) => {
    const now = performance.now();
    if (
      phase === lastPhase &&
      done < total &&
      done - lastDone < total / 100 &&
      now - lastTime < REPORT_EVERY_MS
    ) {
      return;
    }
    lastPhase = phase;
    lastDone = done;
    lastTime = now;
    onProgress({ type: 'progress', phase, done, total });
  };
}

/** Today as a UTC day number, as the Worker takes it when a request names no date. */
const today = () => Math.floor(Date.now() / 86_400_000);

/** Least characters handed to the reader at once; a file is read in about 200 pieces. */
const LEAST_PIECE = 1 << 16;

/**
 * Analyses a CSV file the way `POST /v1/analyze` analyses a `text/csv` body
 * with these options: the same decoding (`readFileText`), the same options
 * (`analysisOptions`), the same deal table reader (`CsvTableReader`, handed
 * the text in pieces as the Worker is handed a body, lone CRs turned into
 * line breaks first as `ingestCsvTable` does), the same `analyzeTable` and
 * the same answer (`analysisAnswer`, through JSON so it holds what the API's
 * JSON holds). Progress is told by bytes while reading, by lines against the
 * line count while converting rows (the share of the text read), and at the
 * start and end of the analysis.
 *
 * Cost: O(file size); memory is the text plus the table (typed columns and
 * the distinct texts, well under the text's size for the generated
 * pipelines of bench/).
 *
 * @param file - the CSV file, header first
 * @param options - as `POST /v1/analyze` takes them
 * @param charset - the file's charset when it has no byte order mark and is not UTF-8
 * @param onProgress - told how far the analysis is
 * @returns the answer `POST /v1/analyze` gives for the same text and options
 * @throws ProblemError with the API's problem for bad bytes, an empty file or no readable deal
 * @throws PlaybookError as the ingestion throws it (no stage column, ambiguous dates…)
 */
export async function analyzeFile(
  file: Blob,
  options: LocalAnalysisOptions,
  charset: string | undefined,
  onProgress: (progress: LocalProgress) => void,
): Promise<AnalysisAnswer> {
  const report = progressReporter(onProgress);
  const { text, lines } = await readFileText(file, charset, (done, total) =>
    report('reading', done, total),
  );
  // The same problems as the analyze route answers with.
  refuseEmpty({ csv: text });
  const asOf = options.asOf ? isoToDay(options.asOf, 'options.asOf') : today();
  // The request schema's type must fit the shared settings: a change to either fails the build here.
  const settings: AnalysisSettings = options;
  const { ingest, analyze: analyzeOptions } = analysisOptions(
    settings,
    asOf,
    options.stages ? stageTableOf(options.stages) : undefined,
  );

  // Only the texts the report groups by are kept, as the analyze route keeps them.
  const texts = analyzeOptions.groupBy ?? (['owner', 'source'] as const);
  const reader = new CsvTableReader({ ...ingest, texts });
  // The delimiter is not known yet: `,` `;` and tab all count, as for a JSON `csv`.
  const input = hasLoneCr(text) ? loneCrToLf(text, -1) : text;
  const piece = Math.max(LEAST_PIECE, Math.ceil(input.length / 200));
  report('reading rows', 0, lines);
  for (let at = 0; at < input.length; at += piece) {
    reader.push(input.slice(at, at + piece), true);
    report(
      'reading rows',
      Math.floor((lines * Math.min(at + piece, input.length)) / input.length),
      lines,
    );
  }
  const result = reader.end();
  report('reading rows', lines, lines);
  requireDeals(result);

  const deals = result.table.length;
  report('analysing', 0, deals);
  const answer = analysisAnswer(
    result,
    analyzeTable(result.table, { ...analyzeOptions, stages: result.stages }),
  );
  report('analysing', deals, deals);
  return JSON.parse(JSON.stringify(answer)) as AnalysisAnswer;
}

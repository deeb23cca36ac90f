import type { z } from '@hono/zod-openapi';
import { type AnalysisAnswer, analysisAnswer } from '../../../shared/analysis/analysis-answer';
import { type AnalysisSettings, analysisOptions } from '../../../shared/analysis/analysis-options';
import { analyze } from '../../../shared/analysis/analyze';
import { DealIngestion } from '../../../shared/ingest/deal-ingestion';
import { forEachCsvRow } from '../../../shared/ingest/for-each-csv-row';
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

/** Records read between two looks at the clock. */
const RECORDS_PER_LOOK = 1024;

/**
 * Analyses a CSV file the way `POST /v1/analyze` analyses a `text/csv` body
 * with these options: the same decoding (`readFileText`), the same options
 * (`analysisOptions`), the same reader and ingestion (`forEachCsvRow` into a
 * `DealIngestion`, as `ingestCsv` does), the same `analyze` and the same
 * answer (`analysisAnswer`, through JSON so it holds what the API's JSON
 * holds). Progress is told by bytes while reading, by records against the
 * line count while converting rows, and at the start and end of the analysis.
 *
 * Cost: O(file size); memory is the text plus the deals (about 3-4 times the
 * file for the generated pipelines of bench/).
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

  const ingestion = new DealIngestion(ingest, 'ingestCsv', true);
  report('reading rows', 0, lines);
  forEachCsvRow(
    text,
    (fields, index) => {
      ingestion.add(fields, index);
      if (index % RECORDS_PER_LOOK === 0) report('reading rows', Math.min(index, lines), lines);
    },
    { onProblem: ingestion.problem },
  );
  report('reading rows', lines, lines);
  const result = ingestion.result();
  requireDeals(result);

  const deals = result.deals.length;
  report('analysing', 0, deals);
  const answer = analysisAnswer(
    result,
    analyze(result.deals, { ...analyzeOptions, stages: result.stages }),
  );
  report('analysing', deals, deals);
  return JSON.parse(JSON.stringify(answer)) as AnalysisAnswer;
}

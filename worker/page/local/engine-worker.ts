// The in-browser engine: a dedicated Web Worker that analyses a CSV file with
// the shared ingestion and analysis, for files too big to send to the Worker.
// Built into worker/public/dist/local-engine.js; the page starts it through
// `analyzeLocally` (analyze-locally.ts), which is typed from the messages below.

import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import { PlaybookError } from '../../../shared/types';
import { cellErrorsToDetails, type Problem, ProblemError, problem } from '../../src/problem';
import { analyzeFile, type LocalAnalysisOptions, type LocalProgress } from './analyze-file';

/** What the page sends: one file to analyse; one engine analyses one file. */
export interface EngineRequest {
  readonly file: Blob;
  readonly options?: LocalAnalysisOptions;
  /** The file's charset when it has no byte order mark and is not UTF-8 (windows-1252, gb18030…). */
  readonly charset?: string;
}

/** What the engine sends back: progress reports, then the answer or the problem. */
export type EngineMessage =
  | LocalProgress
  | { readonly type: 'done'; readonly answer: AnalysisAnswer }
  | { readonly type: 'error'; readonly problem: Problem };

/** The part of a dedicated worker's global scope the engine uses, whichever lib types it. */
interface EngineScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineMessage): void;
}

/** The API's problem body for an error, as the Worker's `app.onError` builds it. */
function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof PlaybookError) {
    return problem('invalidData', error.message, cellErrorsToDetails(error.errors));
  }
  const message = error instanceof Error ? error.message : String(error);
  return problem('internal', `The analysis stopped: ${message}`);
}

const scope = self as unknown as EngineScope;

scope.onmessage = (event) => {
  const { file, options = {}, charset } = event.data;
  analyzeFile(file, options, charset, (progress) => scope.postMessage(progress)).then(
    (answer) => scope.postMessage({ type: 'done', answer }),
    (error: unknown) => scope.postMessage({ type: 'error', problem: problemOf(error) }),
  );
};

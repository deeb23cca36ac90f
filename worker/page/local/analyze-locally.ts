import type { AnalysisAnswer } from '../../../shared/analysis/analysis-answer';
import type { Problem } from '../../src/problem';
import type { LocalAnalysisOptions, LocalProgress } from './analyze-file';
import type { EngineMessage, EngineRequest } from './engine-worker';

export type { LocalAnalysisOptions, LocalPhase, LocalProgress } from './analyze-file';

/** Where the Worker serves the engine's bundle (worker/build.mjs writes it). */
export const LOCAL_ENGINE_URL = '/dist/local-engine.js';

/** Settings of `analyzeLocally` besides the analysis options. */
export interface AnalyzeLocallyControls {
  /** Told how far the analysis is, every 1% or 100 ms of each phase and at its end. */
  readonly onProgress?: (progress: LocalProgress) => void;
  /** Aborting stops the engine at once and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** The file's charset when it has no byte order mark and is not UTF-8 (windows-1252, gb18030…). */
  readonly charset?: string;
  /** The engine's script; `/dist/local-engine.js` by default. */
  readonly engineUrl?: string | URL;
}

/** A problem the analysis ended with, as the API's problem body (`title`, `detail`, `errors[]`). */
export class LocalAnalysisError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'LocalAnalysisError';
    this.problem = problem;
  }
}

/**
 * Analyses a CSV file in the browser, off the main thread: a Web Worker runs
 * the shared ingestion and analysis on the file, read in parts, so the page
 * stays responsive and the file is never sent anywhere. For the same text and
 * options the answer is the one `POST /v1/analyze` gives (`AnalysisAnswer`);
 * use it for files larger than the Worker accepts (`MAX_BODY_BYTES`). The file
 * is decoded as the API decodes a `text/csv` body: a byte order mark decides,
 * else `charset`, else it must be UTF-8.
 *
 * Each call starts its own engine and stops it when the answer comes.
 *
 * @param file - a `File` from an `<input type="file">` or a drop, or any `Blob`
 * @param options - as the `options` of `POST /v1/analyze` (`asOf`, `groupBy`,
 *   `quota`, `quotaPeriod`, `columns`, `stages`, `dateOrder`, `decimal`,
 *   `stageMapping`, `currency`, `exchangeRates` and, once the API takes it, `winRateBand`
 * @param controls - `onProgress`, `signal` to cancel, `charset`
 * @returns the answer, plain data as the API's JSON
 * @throws LocalAnalysisError (rejects) with the API's problem body: bytes that
 *   do not decode (415, naming the line and the charset to declare), no
 *   stage column or no readable deal (422)…
 * @throws the signal's reason (rejects) when aborted
 * @example
 * const answer = await analyzeLocally(input.files[0], { asOf: '2026-03-31' }, {
 *   onProgress: ({ phase, done, total }) => showBar(phase, done / total),
 * });
 * answer.report.winLoss.winRate // => 0.23
 */
export function analyzeLocally(
  file: Blob,
  options: LocalAnalysisOptions = {},
  controls: AnalyzeLocallyControls = {},
): Promise<AnalysisAnswer> {
  const { onProgress, signal, charset, engineUrl = LOCAL_ENGINE_URL } = controls;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<AnalysisAnswer>((resolve, reject) => {
    const engine = new Worker(engineUrl);
    const finish = () => {
      engine.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    engine.onmessage = (event: MessageEvent<EngineMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress?.(message);
        return;
      }
      finish();
      if (message.type === 'done') resolve(message.answer);
      else reject(new LocalAnalysisError(message.problem));
    };
    engine.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      reject(
        new LocalAnalysisError({
          type: 'about:blank',
          title: 'The analysis engine failed',
          status: 500,
          detail: `The engine at ${String(engineUrl)} could not run: ${event.message || 'it did not load'}.`,
          errors: [],
        }),
      );
    };
    const request: EngineRequest = {
      file,
      options,
      ...(charset !== undefined ? { charset } : {}),
    };
    engine.postMessage(request);
  });
}

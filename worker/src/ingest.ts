import { ingestCsv, ingestRows } from '../../shared/index';
import type { IngestOptions, IngestResult } from '../../shared/types';
import { groupSamples, ProblemError } from './problem';

/** The pipeline of a request: CSV text or rows of cells, header first. */
export type PipelineSource = { csv?: string; rows?: readonly (readonly unknown[])[] };

/**
 * Reads the deals of a request with the shared ingestion, after refusing an
 * input with no data at all. Build `options` with `analysisOptions`; without
 * `stages` the ingestion recognises a CRM vocabulary or uses the playbook's
 * stages, so analyse the deals with the result's `stages`.
 */
export function ingestPipeline(source: PipelineSource, options: IngestOptions): IngestResult {
  refuseEmpty(source);
  return source.csv !== undefined
    ? ingestCsv(source.csv, options)
    : ingestRows(source.rows ?? [], options);
}

/** Refuses a pipeline with no data at all (blank text, or only blank rows) with 422 Empty input. */
export function refuseEmpty(source: PipelineSource): void {
  const empty =
    source.csv !== undefined
      ? source.csv.trim() === ''
      : !source.rows ||
        source.rows.every((row) => row.every((cell) => cell == null || cell === ''));
  if (empty) {
    throw new ProblemError('emptyInput', 'The pipeline has no rows: send a header row and deals.');
  }
}

/**
 * Refuses an ingestion (deals or a deal table) that gave no deal: 422 Invalid pipeline data with the
 * sample cells of each cause when cells were bad, else 422 Empty input.
 */
export function requireDeals(
  result: Pick<IngestResult, 'errorCount' | 'errorGroups'> & {
    readonly deals?: readonly unknown[];
    readonly table?: { readonly length: number };
  },
): void {
  if ((result.table?.length ?? result.deals?.length ?? 0) > 0) return;
  throw new ProblemError(
    result.errorCount > 0 ? 'invalidData' : 'emptyInput',
    result.errorCount > 0
      ? `No deal could be read from the pipeline (${result.errorCount} problem(s) with its cells or rows).`
      : 'The pipeline has a header but no deals.',
    groupSamples(result.errorGroups),
  );
}

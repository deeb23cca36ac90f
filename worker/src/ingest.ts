import type { z } from '@hono/zod-openapi';
import { ingestCsv, ingestRows } from '../../shared/index';
import type { IngestOptions, IngestResult, StageTable } from '../../shared/types';
import { ProblemError } from './problem';
import type { SnapshotOptionsSchema } from './schemas';

/** The pipeline of a request: CSV text or rows of cells, header first. */
export type PipelineSource = { csv?: string; rows?: readonly (readonly unknown[])[] };

/**
 * Reads the deals of a request with the shared ingestion, after refusing an
 * input with no data at all. Without `stages` the ingestion recognises a
 * CRM vocabulary or uses the playbook's stages; analyse the deals with the
 * result's `stages`.
 */
export function ingestPipeline(
  source: PipelineSource,
  options: z.infer<typeof SnapshotOptionsSchema> | undefined,
  stages: StageTable | undefined,
): IngestResult {
  const empty =
    source.csv !== undefined
      ? source.csv.trim() === ''
      : !source.rows ||
        source.rows.every((row) => row.every((cell) => cell == null || cell === ''));
  if (empty) {
    throw new ProblemError('emptyInput', 'The pipeline has no rows: send a header row and deals.');
  }
  const ingestOptions: IngestOptions = {
    ...(stages ? { stages } : {}),
    ...(options?.columns ? { columns: options.columns } : {}),
    ...(options?.dateOrder ? { dateOrder: options.dateOrder } : {}),
    ...(options?.decimal ? { decimal: options.decimal } : {}),
    ...(options?.stageMapping ? { stageMapping: options.stageMapping } : {}),
    ...(options?.currency ? { currency: options.currency } : {}),
    ...(options?.exchangeRates ? { exchangeRates: options.exchangeRates } : {}),
  };
  return source.csv !== undefined
    ? ingestCsv(source.csv, ingestOptions)
    : ingestRows(source.rows ?? [], ingestOptions);
}

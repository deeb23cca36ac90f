import type { IngestResult } from '../../../shared/types';

/** How many problem lines a sidebar shows; the count says how many there are in all. */
const SHOWN = 20;

/**
 * The cells ingestion could not read, as a count and the first lines
 * ("Row 7, Amount: …"), so a review can say its figures leave them out.
 */
export function problemSummary(ingest: IngestResult): { count: number; messages: string[] } {
  return {
    count: ingest.errorCount,
    messages: ingest.errors.slice(0, SHOWN).map((e) => {
      const where = e.column ? `Row ${e.row}, ${e.column}` : `Row ${e.row}`;
      return `${where}: ${e.message}`;
    }),
  };
}

import type { IngestResult } from '../../../shared/types';

/** How many problem lines a sidebar shows; the count says how many there are in all. */
const SHOWN = 20;

/**
 * What ingestion could not read, one line per cause with its count and
 * first rows ("Amount: "lots" is not a number (3 cells: rows 5, 7, 9)"),
 * then one line per stage the table does not know, so a review can say
 * which figures leave cells out and which deals sit unweighted.
 */
export function problemSummary(ingest: IngestResult): { count: number; messages: string[] } {
  const causes = ingest.errorGroups.map((g) => {
    const where = g.column ? `${g.column}: ` : '';
    const rows = g.samples.map((s) => s.row).join(', ');
    const more = g.count > g.samples.length ? ', …' : '';
    return `${where}${g.message} (${g.count} cell(s): row ${rows}${more})`;
  });
  const stages = ingest.unmappedStages.map((u) => {
    const name = u.name === '' ? 'a blank stage' : `stage "${u.name}"`;
    const hint = u.suggested ? `; it looks like ${u.suggested.stage}` : '';
    return `${u.count} deal(s) with ${name}, which the Stages tab does not list: kept open, unweighted (row ${u.rows.join(', ')})${hint}`;
  });
  return {
    count: ingest.errorCount + ingest.unmappedStages.reduce((n, u) => n + u.count, 0),
    messages: [...causes, ...stages].slice(0, SHOWN),
  };
}

import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/analyze';
import { CsvTableReader } from '../../shared/ingest/csv-table-reader';
import { ingestCsv } from '../../shared/ingest/ingest-csv';
import { hasRowKernel } from '../../shared/ingest/row-kernel';
import '../../worker/src/index';
import { call } from './helpers';

// The Worker reads CSV bodies with the compiled row kernel: wrangler bundles
// row-kernel.wasm as a module (workerd compiles no WebAssembly from bytes),
// and the figures are the row reader's.

/** A pipeline of `n` rows in the forms the kernel reads. */
function pipeline(n: number): string {
  const lines = ['Stage,Amount,Created,Close Date,Owner,Source,Metrics,Champion'];
  const stages = ['Proposal', 'Discovery', 'Closed Won', 'Closed Lost', 'Negotiation'];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `${stages[i % 5]},${1000 + (i % 97) * 250}.25,2026-01-${day},2026-04-${day},Rep ${i % 7},${['Web', 'Partner', 'Event'][i % 3]},${1 + (i % 3)},${i % 2 === 0 ? '' : '2'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('the row kernel in the Worker', () => {
  it('is given to the table reader when the Worker starts, and reads the rows', () => {
    expect(hasRowKernel()).toBe(true);
    const reader = new CsvTableReader();
    reader.push(pipeline(2000));
    expect(reader.end().table.length).toBe(2000);
    // Each rep's and source's first row, and the first dotted amount, are the reader's.
    expect(reader.kernelRows).toBeGreaterThan(1985);
  });

  it('gives POST /v1/analyze (text/csv) the figures of the row reader', async () => {
    const csv = pipeline(3000);
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      report: {
        deals: number;
        pipeline: { open: { count: number; amount: number }; weighted: number };
      };
    };
    // The same file read deal by deal (ingestCsv, no kernel) and analysed.
    const { deals, stages } = ingestCsv(csv);
    const expected = analyze(deals, { stages });
    expect(body.report.deals).toBe(3000);
    expect(body.report.pipeline.open).toEqual(expected.pipeline.open);
    expect(body.report.pipeline.weighted).toBeCloseTo(expected.pipeline.weighted, 6);
  });
});

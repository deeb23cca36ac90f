import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CsvTableReader, ingestCsvTable } from '../../../shared/ingest/csv-table-reader';
import { hasRowKernel, useRowKernel } from '../../../shared/ingest/row-kernel';
// @ts-expect-error: a build script in JavaScript, without type declarations.
import { compileKernel, KERNEL_WASM } from '../../../shared/kernel/build.mjs';
import { ROW_KERNEL } from '../row-kernel-setup';
import { tableRows } from './table-equivalence';

const HEADER = 'Stage,Amount,Created,Close Date,Owner,Source,Metrics,Champion';

/** `rows` rows in forms the kernel reads, owners and sources by `names`. */
function pipeline(rows: number, names: readonly string[]): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const stage = ['Proposal', 'Discovery', 'Closed Won', 'Closed Lost'][i % 4];
    const amount = i % 5 === 0 ? '' : `${1000 + i}.5`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `${stage},${amount},2026-01-${day},2026-03-${day},${names[i % names.length]},${names[(i + 1) % names.length]},${1 + (i % 3)},`,
    );
  }
  return `${lines.join('\n')}\n`;
}

afterEach(() => useRowKernel(ROW_KERNEL));

describe('the row kernel', () => {
  it('is the compiled source: row-kernel.wasm is what shared/kernel/row-kernel.ts compiles to', async () => {
    const compiled: Uint8Array = await compileKernel();
    expect(Buffer.from(compiled).equals(readFileSync(KERNEL_WASM))).toBe(true);
  }, 60_000);

  it('reads the rows in its forms, with the same table as the reader without it', () => {
    const text = pipeline(5000, ['Maya', 'Ben Li', 'Chen', 'Zoe']);
    const reader = new CsvTableReader();
    reader.push(text);
    const withKernel = reader.end();
    // The first row of each new owner or source, and the first dotted
    // amount (the decimal mark is the reader's to settle), are the reader's.
    expect(reader.kernelRows).toBeGreaterThan(4990);
    useRowKernel(null);
    const without = ingestCsvTable(text);
    expect(tableRows(withKernel.table)).toEqual(tableRows(without.table));
    expect(withKernel.errors).toEqual(without.errors);
  });

  it('serves readers taking turns, each with its own columns and texts', () => {
    // Two uploads read in pieces at once (two requests in one isolate):
    // each reader's kernel holds its own texts and window.
    const first = pipeline(3000, ['Maya', 'Ben Li']);
    const second = `Owner,Stage,Amount,Created,Close Date,Source\n${pipeline(3000, [
      'Chen',
      'Zoe',
      'Ana',
    ])
      .split('\n')
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => {
        const cells = line.split(',');
        return [cells[5], cells[0], cells[1], cells[2], cells[3], cells[4]].join(',');
      })
      .join('\n')}\n`;
    const a = new CsvTableReader();
    const b = new CsvTableReader();
    const size = 7000;
    for (let i = 0; i < Math.max(first.length, second.length); i += size) {
      if (i < first.length) a.push(first.slice(i, i + size));
      if (i < second.length) b.push(second.slice(i, i + size));
    }
    const together = [a.end(), b.end()];
    expect(a.kernelRows + b.kernelRows).toBeGreaterThan(5900);
    useRowKernel(null);
    const apart = [ingestCsvTable(first), ingestCsvTable(second)];
    expect(tableRows(together[0].table)).toEqual(tableRows(apart[0].table));
    expect(tableRows(together[1].table)).toEqual(tableRows(apart[1].table));
  });

  it('reads Chinese text from its bytes, and tells U+FFFD from a lone surrogate', () => {
    // A lone surrogate is encoded as U+FFFD, so the kernel must not take
    // the bytes of a real U+FFFD for it: such texts are the reader's.
    const names = ['张伟', '李娜', 'x\ufffd', 'x\ud800', 'Zoë'];
    const text = pipeline(3000, names);
    const reader = new CsvTableReader();
    reader.push(text);
    const withKernel = reader.end();
    expect(reader.kernelRows).toBeGreaterThan(1000);
    useRowKernel(null);
    const without = ingestCsvTable(text);
    expect(tableRows(withKernel.table)).toEqual(tableRows(without.table));
    const owners = withKernel.table.text.owner;
    expect(owners?.values).toContain('x\ud800');
    expect(owners?.values).toContain('x\ufffd');
  });

  it('leaves a window too long for its memory to the reader, which reads it the same', () => {
    // One note of 300,000 characters: its window does not fit the kernel's 512 KB.
    const long = `"${'n'.repeat(300_000)}"`;
    const text = `${HEADER},Next Step\n${pipeline(50, ['Maya'])
      .split('\n')
      .slice(1)
      .filter((line) => line !== '')
      .map((line, i) => `${line},${i === 20 ? long : 'call'}`)
      .join('\n')}\n`;
    const reader = new CsvTableReader();
    reader.push(text);
    const table = reader.end().table;
    useRowKernel(null);
    expect(tableRows(table)).toEqual(tableRows(ingestCsvTable(text).table));
    expect(table.length).toBe(50);
  });

  it('is not used where a column needs the reader (a currency column)', () => {
    const text = `${HEADER},Currency\n${pipeline(100, ['Maya'])
      .split('\n')
      .slice(1)
      .filter((line) => line !== '')
      .map((line) => `${line},USD`)
      .join('\n')}\n`;
    const reader = new CsvTableReader();
    reader.push(text);
    reader.end();
    expect(hasRowKernel()).toBe(true);
    expect(reader.kernelRows).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { useRowKernel } from '../../shared/ingest/row-kernel';

// The table reader uses the compiled row kernel in the Worker; the shared
// tests run with it too (a test that needs the reader without it takes it
// away and gives it back).
export const ROW_KERNEL = new WebAssembly.Module(
  readFileSync(new URL('../../shared/kernel/row-kernel.wasm', import.meta.url)),
);
useRowKernel(ROW_KERNEL);

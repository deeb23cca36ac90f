// Compiles the row kernel (row-kernel.ts, AssemblyScript) into
// row-kernel.wasm next to it. The compiled file is kept in the repository,
// so installing, testing and deploying need no compiler step; a test
// compiles the source again and checks the file is what it gives.
//   node shared/kernel/build.mjs            writes row-kernel.wasm
//   compileKernel()                          the bytes, written nowhere

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const KERNEL_SOURCE = join(here, 'row-kernel.ts');
export const KERNEL_WASM = join(here, 'row-kernel.wasm');

/**
 * Options: optimised, no runtime or garbage collector (the kernel only
 * reads and writes its memory), no assertions, SIMD on (Workers, Node and
 * current browsers have it), a fixed memory of 2 MB so views of it never
 * go stale, no imports, and its functions' names kept.
 */
const OPTIONS = [
  '--optimizeLevel',
  '3',
  '--shrinkLevel',
  '0',
  '--runtime',
  'stub',
  '--noAssert',
  '--enable',
  'simd',
  '--initialMemory',
  '32',
  '--maximumMemory',
  '32',
  '--use',
  'abort=',
  // Function names in the module, so profiles say `row-kernel/run`.
  '--debug',
];

/** The compiled kernel's bytes. */
export async function compileKernel() {
  const { default: asc } = await import('assemblyscript/asc');
  const source = readFileSync(KERNEL_SOURCE, 'utf8');
  let binary = null;
  const { error, stderr } = await asc.main(
    ['row-kernel.ts', '--outFile', 'row-kernel.wasm', ...OPTIONS],
    {
      readFile: (name) => (name === 'row-kernel.ts' ? source : null),
      writeFile: (name, contents) => {
        if (name === 'row-kernel.wasm') binary = contents;
      },
      listFiles: () => [],
    },
  );
  if (error) throw new Error(`row kernel: ${error.message}\n${stderr.toString()}`);
  if (binary === null) throw new Error('row kernel: the compiler wrote no module');
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await compileKernel();
  writeFileSync(KERNEL_WASM, bytes);
  process.stdout.write(`row-kernel.wasm: ${bytes.length} bytes\n`);
}

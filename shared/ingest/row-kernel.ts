/**
 * The row kernel (shared/kernel/row-kernel.ts, compiled to
 * row-kernel.wasm): reads CSV rows in the commonest cell forms from UTF-8
 * bytes into number columns and dictionary codes, several times quicker
 * than JavaScript reading the same bytes. `CsvTableReader` uses it when
 * the host has given it the compiled module (`useRowKernel`): the Worker
 * imports it as a module (Workers compile no WebAssembly from bytes), Node
 * compiles the file. Each reader has an instance of its own while it reads
 * (2 MB of memory); a few are kept for the next readers. Without the module
 * the reader reads every row itself, with the same results.
 */

/** What the compiled kernel exports (see shared/kernel/row-kernel.ts). */
interface KernelExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly ACTIONS: { readonly value: number };
  readonly TARGETS: { readonly value: number };
  readonly MAX_ROWS: { readonly value: number };
  readonly OUT_STAGE: { readonly value: number };
  readonly OUT_LOST_AT: { readonly value: number };
  readonly OUT_AMOUNT: { readonly value: number };
  readonly OUT_CREATED: { readonly value: number };
  readonly OUT_CLOSE: { readonly value: number };
  readonly OUT_MEDDPICC: { readonly value: number };
  readonly OUT_PROBABILITY: { readonly value: number };
  readonly OUT_PERCENT: { readonly value: number };
  readonly OUT_GROUPS: { readonly value: number };
  readonly STAGING: { readonly value: number };
  readonly MAX_TEXT: { readonly value: number };
  readonly WINDOW: { readonly value: number };
  readonly WINDOW_SIZE: { readonly value: number };
  readonly stopAt: { readonly value: number };
  reset(): void;
  prepare(size: number, delim: number): void;
  learn(dictionary: number, length: number, code: number): number;
  run(
    at: number,
    size: number,
    width: number,
    delim: number,
    flags: number,
    scoreColumns: number,
    maxRows: number,
  ): number;
}

/** The runtime's WebAssembly, as far as it is used here. */
interface WasmRuntime {
  Instance: new (module: unknown, imports: object) => { exports: unknown };
}

// Kinds of column, as the kernel numbers them.
export const KERNEL_SKIP = 0;
export const KERNEL_GROUP = 1;
export const KERNEL_STAGE = 2;
export const KERNEL_LOST_AT = 3;
export const KERNEL_AMOUNT = 4;
export const KERNEL_CREATED = 5;
export const KERNEL_CLOSE = 6;
export const KERNEL_SCORE = 7;
export const KERNEL_DATE = 8;
export const KERNEL_PROBABILITY = 9;
/** Dictionary ids of the stage and lost-at texts; groups are 0..7. */
export const KERNEL_STAGE_TEXTS = 8;
export const KERNEL_LOST_AT_TEXTS = 9;

/** One instance of the kernel, its memory seen as the arrays the reader fills and reads. */
export class RowKernel {
  readonly maxRows: number;
  /** The bytes the kernel reads: a window of text, whole lines. */
  readonly window: Uint8Array;
  readonly stage: Int32Array;
  readonly lostAt: Int32Array;
  readonly amount: Float64Array;
  readonly created: Float64Array;
  readonly close: Float64Array;
  readonly meddpicc: Float64Array;
  /** A probability cell's number (NaN when blank), and 1 where it ended with `%`. */
  readonly probability: Float64Array;
  readonly percent: Uint8Array;
  /** Codes of group `g` are `groups[g]`. */
  readonly groups: Int32Array[];
  readonly actions: Uint8Array;
  readonly targets: Uint8Array;
  private readonly staging: Uint8Array;
  /** The module it is an instance of. */
  readonly module: unknown = compiled;

  constructor(private readonly exports: KernelExports) {
    const buffer = exports.memory.buffer;
    const rows = exports.MAX_ROWS.value;
    this.maxRows = rows;
    const at = (offset: { value: number }) => offset.value;
    this.actions = new Uint8Array(buffer, at(exports.ACTIONS), 1024);
    this.targets = new Uint8Array(buffer, at(exports.TARGETS), 1024);
    this.stage = new Int32Array(buffer, at(exports.OUT_STAGE), rows);
    this.lostAt = new Int32Array(buffer, at(exports.OUT_LOST_AT), rows);
    this.amount = new Float64Array(buffer, at(exports.OUT_AMOUNT), rows);
    this.created = new Float64Array(buffer, at(exports.OUT_CREATED), rows);
    this.close = new Float64Array(buffer, at(exports.OUT_CLOSE), rows);
    this.meddpicc = new Float64Array(buffer, at(exports.OUT_MEDDPICC), rows);
    this.probability = new Float64Array(buffer, at(exports.OUT_PROBABILITY), rows);
    this.percent = new Uint8Array(buffer, at(exports.OUT_PERCENT), rows);
    this.groups = Array.from(
      { length: 8 },
      (_, g) => new Int32Array(buffer, at(exports.OUT_GROUPS) + g * rows * 4, rows),
    );
    this.staging = new Uint8Array(buffer, at(exports.STAGING), exports.MAX_TEXT.value);
    const start = at(exports.WINDOW);
    this.window = new Uint8Array(buffer, start, exports.WINDOW_SIZE.value);
    exports.reset();
  }

  /** Forgets the texts taught (a new reader's turn). */
  reset(): void {
    this.exports.reset();
  }

  /** Teaches `bytes` as `code` of `dictionary`; false when the kernel has no room for it. */
  learn(dictionary: number, bytes: Uint8Array, code: number): boolean {
    if (bytes.length > this.staging.length) return false;
    this.staging.set(bytes);
    return this.exports.learn(dictionary, bytes.length, code) !== 0;
  }

  /** Marks the delimiters and line ends of the window's first `size` bytes, for `run`. */
  prepare(size: number, delim: number): void {
    this.exports.prepare(size, delim);
  }

  /**
   * Reads rows from byte `at` of the window (marked by `prepare`) (`size` bytes) into the output
   * arrays; returns how many. `next` is then where it stopped. `points`:
   * whether the amounts' and the probabilities' decimal mark is settled as a
   * point (a dot is left to the reader until then).
   */
  run(
    at: number,
    size: number,
    width: number,
    delim: number,
    points: { amount: boolean; probability: boolean },
    scoreColumns: number,
  ): number {
    const flags = (points.amount ? 1 : 0) | (points.probability ? 2 : 0);
    return this.exports.run(at, size, width, delim, flags, scoreColumns, this.maxRows);
  }

  /** Byte of the window where the last `run` stopped. */
  get next(): number {
    return this.exports.stopAt.value;
  }
}

/** The compiled module given by the host, and kernels of it no reader holds now. */
let compiled: unknown = null;
const idle: RowKernel[] = [];
/** Idle kernels kept for the next readers (each holds 2 MB). */
const MAX_IDLE = 4;

/**
 * Gives the reader the compiled kernel (a `WebAssembly.Module` of
 * row-kernel.wasm); null takes it away. Every `CsvTableReader` made after
 * it uses it.
 */
export function useRowKernel(module: unknown): void {
  compiled = module;
  idle.length = 0;
}

/** Whether a kernel was given. */
export function hasRowKernel(): boolean {
  return compiled !== null;
}

/**
 * A kernel of its own for one reader (its texts and window are the
 * reader's alone, so readers taking turns never undo each other's work),
 * or null when none was given. Give it back with `releaseRowKernel`.
 */
export function takeRowKernel(): RowKernel | null {
  if (compiled === null) return null;
  const kept = idle.pop();
  if (kept !== undefined) return kept;
  const wasm = (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;
  const instance = new wasm.Instance(compiled, {});
  return new RowKernel(instance.exports as KernelExports);
}

/** Takes back a kernel a reader no longer needs; its texts are forgotten. */
export function releaseRowKernel(kernel: RowKernel): void {
  if (idle.length >= MAX_IDLE || kernel.module !== compiled) return;
  kernel.reset();
  idle.push(kernel);
}

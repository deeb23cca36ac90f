/** What `build()` reports about dist/addon/. */
export interface BuildResult {
  /** Code.js size in bytes. */
  raw: number;
  /** Code.js gzip size in bytes. */
  gzip: number;
  customFunctions: string[];
  /** Every top-level function in Code.js. */
  names: string[];
  sidebars: string[];
}
export function build(options?: { quiet?: boolean }): Promise<BuildResult>;
export function parameterNames(list: string): string[];

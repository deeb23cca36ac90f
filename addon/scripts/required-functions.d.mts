/** Required top-level functions of Code.js → their parameter names in order. */
export const REQUIRED_FUNCTIONS: Readonly<Record<string, readonly string[]>>;
/** Problems of a bundle run in a fresh V8 context; empty when complete. */
export function checkBundle(code: string): string[];

import { whereRow } from './where-row';

/**
 * Re-throws an error from the shared logic so its message starts with the
 * formula name and places the argument and row, unless the shared function
 * already named the formula (several take the formula name for that).
 *
 * @example
 * // shared: 'Unknown stage "Pilot"; expected one of: ...'
 * // thrown: 'STAGE_PROBABILITY: stage in row 4: Unknown stage "Pilot"; expected one of: ...'
 */
export function rethrowAsFormulaError(
  fn: string,
  arg: string,
  row: number | undefined,
  error: unknown,
): never {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith(`${fn}:`) || message.startsWith(`${fn} `)) throw new Error(message);
  throw new Error(`${fn}: ${arg}${whereRow(row)}: ${message}`);
}

/**
 * The text of an error from google.script.run or the client, without the
 * `Error: ` / `Exception: ` prefix Apps Script may put in front of the
 * server's own message.
 *
 * @example
 * errorMessage(new Error('Exception: Deal "D-1" is no longer in the sheet')) // => 'Deal "D-1" is no longer in the sheet'
 */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(?:Error|Exception|ScriptError):\s*/, '');
}

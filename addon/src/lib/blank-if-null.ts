/**
 * A shared ratio that has no answer (`null`, e.g. a win rate with no closed
 * deals) as a custom function shows it: a blank cell, never a silent 0.
 */
export function blankIfNull(value: number | null): number | '' {
  return value === null ? '' : value;
}

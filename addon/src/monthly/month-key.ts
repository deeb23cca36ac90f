/**
 * Checks a `YYYY-MM` month argument and returns it with its month count
 * (year × 12 + month − 1), which makes month arithmetic plain subtraction.
 *
 * @throws Error `<fn>: month must be YYYY-MM, e.g. 2026-11 (got "…")`
 * @example
 * monthKey('2026-11', 'getMonthlyAssessment') // => { month: '2026-11', index: 24322 }
 */
export function monthKey(text: unknown, fn: string): { month: string; index: number } {
  const match = typeof text === 'string' ? /^(\d{4})-(\d{2})$/.exec(text.trim()) : null;
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new Error(`${fn}: month must be YYYY-MM, e.g. 2026-11 (got ${JSON.stringify(text)})`);
  }
  return { month: `${match[1]}-${match[2]}`, index: Number(match[1]) * 12 + month - 1 };
}

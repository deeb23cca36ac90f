// The Worker's name of a quota period (2026-11, 2026-Q4, 2026) and the one
// before it, from the first and last day the weekly review shows.

/**
 * The period label of `start`..`end` and of the period before it, or null
 * when the days are not one calendar month, quarter or year.
 *
 * @example
 * callPeriods('2026-10-01', '2026-12-31') // => { period: '2026-Q4', previous: '2026-Q3' }
 */
export function callPeriods(
  start: string,
  end: string,
): { period: string; previous: string } | null {
  const [y, m] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  const months = (ey - y) * 12 + em - m + 1;
  if (!/-01$/.test(start) || !y || !m) return null;
  if (months === 1) {
    const month = (year: number, n: number) => `${year}-${String(n).padStart(2, '0')}`;
    return { period: month(y, m), previous: m === 1 ? month(y - 1, 12) : month(y, m - 1) };
  }
  if (months === 3 && m % 3 === 1) {
    const q = (m + 2) / 3;
    return { period: `${y}-Q${q}`, previous: q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}` };
  }
  if (months === 12 && m === 1) return { period: String(y), previous: String(y - 1) };
  return null;
}

/** The rep name a call is stored under: the owner picked, or `team` for the whole team. */
export const callRep = (owner: string) => owner || 'team';

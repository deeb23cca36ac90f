import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberColumn } from '../../../shared/ingest/number-column';
import { numberOf, numberText, readBody } from '../../../shared/ingest/read-number';

// A number column reads common forms on a short path; each must give what
// its full reading (numberText, readBody, numberOf) gives for the same cell
// once the decimal mark is a point, and must not change what the column
// has settled.

/** The full reading of `raw` with a decimal point, the short paths left out. */
function fullReading(raw: string): ReturnType<typeof numberOf> | string {
  const parts = numberText(raw);
  if (typeof parts === 'string') return parts;
  return numberOf(parts, readBody(parts.body, 'point'), raw);
}

const grouped = fc
  .tuple(
    fc.boolean(),
    fc.integer({ min: 1, max: 999 }),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 5 }),
    fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
  )
  .map(([negative, head, groups, decimals]) => {
    const body = [String(head), ...groups.map((g) => String(g).padStart(3, '0'))].join(',');
    return `${negative ? '-' : ''}${body}${decimals === undefined ? '' : `.${decimals}`}`;
  });

describe('NumberColumn', () => {
  it('reads comma-grouped amounts as its full reading does once the mark is a point', () => {
    fc.assert(
      fc.property(grouped, (raw) => {
        const column = new NumberColumn('point', 'test', 'Amount', 'amount');
        const target: Record<string, unknown> = {};
        expect(column.read(raw, target, 2)).toBeUndefined();
        expect(Object.is(target.amount, fullReading(raw))).toBe(true);
        expect(column.decision).toEqual({ mark: 'point', from: 'option' });
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });

  it('leaves grouped amounts to the full reading while the mark is unsettled or a comma', () => {
    // 1,250 could be 1.25 or 1250: without a mark it waits; with a comma it is 1.25.
    const open = new NumberColumn(null, 'test', 'Amount', 'amount');
    const waiting: Record<string, unknown> = {};
    expect(open.read('1,250', waiting, 2)).toBeUndefined();
    expect(waiting.amount).toBeUndefined();
    const comma = new NumberColumn('comma', 'test', 'Amount', 'amount');
    const read: Record<string, unknown> = {};
    expect(comma.read('1,250', read, 2)).toBeUndefined();
    expect(read.amount).toBe(1.25);
  });
});

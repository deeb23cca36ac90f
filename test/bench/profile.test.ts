import { describe, expect, it } from 'vitest';
import { selfTimes } from '../../bench/profile.mjs';

const frame = (functionName: string, lineNumber: number) => ({
  functionName,
  url: 'file:///bench/data/build/shared.mjs',
  lineNumber,
});

describe('selfTimes', () => {
  it('sums sampled time per function, largest first', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('readDeal', 9) },
        { id: 2, callFrame: frame('analyze', 99) },
        { id: 3, callFrame: frame('readDeal', 9) },
      ],
      samples: [1, 2, 3, 1],
      timeDeltas: [3000, 1000, 2000, 2000],
    };
    expect(selfTimes(profile)).toEqual([
      { name: 'readDeal', where: 'shared.mjs:10', ms: 7, share: 0.875 },
      { name: 'analyze', where: 'shared.mjs:100', ms: 1, share: 0.125 },
    ]);
  });

  it('names the source place a locator gives, and the bundle line otherwise', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('readDeal', 9) },
        { id: 2, callFrame: frame('analyze', 99) },
      ],
      samples: [1, 2],
      timeDeltas: [2000, 1000],
    };
    const locate = (f: { lineNumber: number }) =>
      f.lineNumber === 9 ? 'shared/ingest/read-deal.ts:4' : null;
    expect(selfTimes(profile, locate).map((t: { where: string }) => t.where)).toEqual([
      'shared/ingest/read-deal.ts:4',
      'shared.mjs:100',
    ]);
  });
});

// A lower bound for any reader that makes one JavaScript object per deal:
// the project's CSV reader, then a hand-written conversion fixed to the
// generator's columns (positions known, no checks, no error reporting), the
// repeated texts shared as in the project. Not a figure set: it only builds
// the deals.

import { readFileSync } from 'node:fs';
import { loadShared } from '../build-shared.mjs';
import { HEADER } from '../generate.mjs';

export const label = 'plain objects (lower bound)';

const at = Object.fromEntries(HEADER.map((name, i) => [name, i]));
const SCORES = HEADER.length - 8;

/** UTC day number of `YYYY-MM-DD`; undefined when blank. */
const day = (text) =>
  text === ''
    ? undefined
    : Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / 86_400_000;

export async function setup(path) {
  const shared = await loadShared();
  return { shared, text: readFileSync(path, 'utf8') };
}

export async function run({ shared, text }) {
  const seen = Array.from({ length: 6 }, () => new Map());
  const shared1 = (i, value) => {
    if (value === '') return undefined;
    const known = seen[i].get(value);
    if (known !== undefined) return known;
    seen[i].set(value, value);
    return value;
  };
  const deals = [];
  shared.forEachCsvRow(
    text,
    (f, index) => {
      if (index === 0) return;
      let scores;
      for (let m = 0; m < 8; m++) {
        const v = f[SCORES + m];
        if (v !== '') {
          scores ??= [1, 1, 1, 1, 1, 1, 1, 1];
          scores[m] = v.charCodeAt(0) - 48;
        }
      }
      deals.push({
        row: index + 1,
        id: f[at.deal_id],
        name: f[at.deal_name],
        account: shared1(0, f[at.account]),
        owner: shared1(1, f[at.owner]),
        source: shared1(2, f[at.source]),
        product: shared1(3, f[at.product]),
        segment: shared1(4, f[at.segment]),
        stage: f[at.stage],
        amount: f[at.amount] === '' ? null : Number(f[at.amount]),
        created: day(f[at.created]),
        closeDate: day(f[at.close_date]),
        lostAtStage: f[at.lost_at_stage] || undefined,
        lossReason: shared1(5, f[at.loss_reason]),
        meddpicc: scores,
      });
    },
    { delimiter: ',' },
  );
  return { figures: null, counts: { deals: deals.length }, phases: {} };
}

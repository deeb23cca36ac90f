// The project's CSV reader alone: forEachCsvRow over the same text with a
// callback that only counts fields. The gap between this and the project's
// end to end time is the cost of turning fields into checked deals and of
// the analysis.

import { readFileSync } from 'node:fs';
import { loadShared } from '../build-shared.mjs';

export const label = 'project CSV rows only';

export async function setup(path) {
  const shared = await loadShared();
  return { shared, text: readFileSync(path, 'utf8') };
}

export async function run({ shared, text }) {
  let fields = 0;
  const records = shared.forEachCsvRow(
    text,
    (row) => {
      fields += row.length;
    },
    { delimiter: ',' },
  );
  // Not a figure set: the reader computes nothing to compare.
  return { figures: null, counts: { records, fields }, phases: {} };
}

// The scan floor: one pass over the CSV text finding every delimiter and line
// break (outside quotes), doing nothing else. No engine that reads every
// character can go below it.

import { readFileSync } from 'node:fs';

export const label = 'scan floor';

export async function setup(path) {
  return { text: readFileSync(path, 'utf8') };
}

export async function run({ text }) {
  let delimiters = 0;
  let newlines = 0;
  let quoted = false;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 44) delimiters++;
      else if (c === 10) newlines++;
    }
  }
  // Not a figure set: the scan computes nothing to compare.
  return { figures: null, counts: { delimiters, newlines }, phases: {} };
}

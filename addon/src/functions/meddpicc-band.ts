import { label, meddpiccBand } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { readLanguage } from '../lib/read-language';
import { readMeddpiccTotal } from '../lib/read-meddpicc-total';

/**
 * MEDDPICC band of a total (playbook §2): Strong, Gaps, At risk, Unqualified. Example: =MEDDPICC_BAND(S2:S, "zh")
 * @param {number} total MEDDPICC total 8-24.
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Band.
 * @customfunction
 */
export function MEDDPICC_BAND(total: unknown, language?: unknown): Spill<string> {
  const fn = 'MEDDPICC_BAND';
  const lang = readLanguage(fn, language);
  return byRow(
    fn,
    'total',
    [total],
    ([cell], row) => {
      const value = readMeddpiccTotal(fn, 'total', row, cell);
      return value === null ? '' : label(`band.${meddpiccBand(value)}`, lang);
    },
    lang,
  );
}

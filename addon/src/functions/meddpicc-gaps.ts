import { label, meddpiccGaps, parseMeddpiccScores } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { isBlank } from '../../../shared/ingest/cell-text';
import { readLanguage } from '../lib/read-language';

/**
 * MEDDPICC elements still unknown (1 or blank), in order (playbook §2). Example: =MEDDPICC_GAPS(K2:R2)
 * @param {number[][]} scores Eight scores in MEDDPICC order, or rows of them.
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Unknown elements.
 * @customfunction
 */
export function MEDDPICC_GAPS(scores: unknown, language?: unknown): Spill<string> {
  const fn = 'MEDDPICC_GAPS';
  const lang = readLanguage(fn, language);
  const separator = lang === 'zh' ? '、' : ', ';
  return byRow(
    fn,
    'scores:8',
    [scores],
    ([cells], row) => {
      const values = cells as unknown[];
      if (row !== undefined && values.every(isBlank)) return '';
      return meddpiccGaps(parseMeddpiccScores(values, fn, row))
        .map((element) => label(`element.${element}`, lang))
        .join(separator);
    },
    lang,
  );
}

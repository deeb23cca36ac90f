import { accountTier, label, normalizeStageKey } from '../../../shared/index';
import type { IcpFit } from '../../../shared/types';
import { byRow, type Spill } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { readBoolean } from '../lib/read-boolean';
import { readLanguage } from '../lib/read-language';
import { FIT } from '../lib/localize-error';

const FITS: readonly IcpFit[] = ['full', 'partial', 'none'];

/** full / partial / none, their English and Chinese labels, and "full fit"-style words. */
const FIT_WORDS: ReadonlyMap<string, IcpFit> = new Map(
  FITS.flatMap((fit) =>
    [fit, label(`fit.${fit}`, 'en'), label(`fit.${fit}`, 'zh'), `${fit} fit`].map(
      (word) => [normalizeStageKey(word), fit] as const,
    ),
  ),
);

/**
 * Account tier from ICP fit, pain and inbound (playbook §6). Example: =ACCOUNT_TIER(C2:C, D2:D)
 * @param {string} icp_fit full, partial or none (English or Chinese).
 * @param {boolean} visible_pain Pain signal visible (TRUE/FALSE).
 * @param {boolean} inbound Optional. Inbound lead.
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Tier 1, 2, 3, New inbound or None.
 * @customfunction
 */
export function ACCOUNT_TIER(
  icp_fit: unknown,
  visible_pain: unknown,
  inbound?: unknown,
  language?: unknown,
): Spill<string> {
  const fn = 'ACCOUNT_TIER';
  const lang = readLanguage(fn, language);
  return byRow(
    fn,
    'icp_fit visible_pain inbound',
    [icp_fit, visible_pain, inbound],
    ([fitCell, painCell, inboundCell], row) => {
      if (isBlank(fitCell)) return '';
      const icpFit = FIT_WORDS.get(normalizeStageKey(String(fitCell)));
      if (!icpFit) throw formulaError(fn, 'icp_fit', row, fitCell, FIT);
      const tier = accountTier({
        icpFit,
        visiblePain: readBoolean(fn, 'visible_pain', row, painCell),
        inbound: readBoolean(fn, 'inbound', row, inboundCell),
      });
      return label(tier === null ? 'none' : `tier.${tier}`, lang);
    },
    lang,
  );
}

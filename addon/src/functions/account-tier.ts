import { accountTier, label, normalizeStageKey } from '../../../shared/index';
import type { IcpFit } from '../../../shared/types';
import { byRow, type Spill } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { isBlank } from '../../../shared/ingest/cell-text';
import { readBoolean } from '../lib/read-boolean';
import { readLanguage } from '../lib/read-language';

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
 * Account tier by the playbook's tier table (§6): Tier 1 = full ICP fit and visible pain (2-3
 * touches a week); Tier 2 = full fit, no visible pain (weekly); Tier 3 = partial fit (twice a
 * month); New inbound = an inbound account that fits (answer within 1 hour); None = no fit.
 * Example: =ACCOUNT_TIER(C2:C, D2:D) or =ACCOUNT_TIER("full", TRUE, FALSE, "zh").
 *
 * @param {string|string[][]} icp_fit ICP fit: full, partial or none (or 完全符合, 部分符合, 不符合), or a column (blank rows stay blank).
 * @param {boolean|boolean[][]} visible_pain Whether the account shows a pain signal: TRUE/FALSE, yes/no or 是/否.
 * @param {boolean|boolean[][]} inbound Optional. Whether the account came in as an inbound lead.
 * @param {string} language Optional. "en" (default) or "zh".
 * @return {string} Tier 1, Tier 2, Tier 3, New inbound or None, or a column of them.
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
    [
      { name: 'icp_fit', value: icp_fit },
      { name: 'visible_pain', value: visible_pain },
      { name: 'inbound', value: inbound },
    ],
    ([fitCell, painCell, inboundCell], row) => {
      if (isBlank(fitCell)) return '';
      const icpFit = FIT_WORDS.get(normalizeStageKey(String(fitCell)));
      if (!icpFit) throw formulaError(fn, 'icp_fit', row, fitCell, 'full, partial or none');
      const tier = accountTier({
        icpFit,
        visiblePain: readBoolean(fn, 'visible_pain', row, painCell),
        inbound: readBoolean(fn, 'inbound', row, inboundCell),
      });
      return tier === null ? label('none', lang) : label(`tier.${tier}`, lang);
    },
  );
}

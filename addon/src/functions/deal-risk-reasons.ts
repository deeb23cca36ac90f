import { checklistGaps, dealRisk, label, riskReasonLabel } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * Why each deal has its DEAL_RISK level, naming open checklist items. Put it in the header row. Example: =DEAL_RISK_REASONS(A1:T, Settings!B2, "zh")
 * @param {Array[][]} deals Pipeline range with its header row (needs a Stage column).
 * @param {Date} as_of Day to judge on, e.g. =TODAY().
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {string[][]} Header, then reasons per deal (blank if green); a bad row shows #ERROR: and why.
 * @customfunction
 */
export function DEAL_RISK_REASONS(
  deals: unknown,
  as_of: unknown,
  language?: unknown,
  stage_table?: unknown,
): (string | number)[][] {
  const { lang, range, options } = readRiskArguments(
    'DEAL_RISK_REASONS',
    deals,
    as_of,
    language,
    stage_table,
  );
  const [comma, colon, semicolon] = lang === 'zh' ? ['、', '：', '；'] : [', ', ': ', '; '];
  return dealColumn(range, lang, label('reasons', lang), (deal) => {
    const given = options(deal);
    return dealRisk(deal, given)
      .reasons.map((reason) => {
        const text = riskReasonLabel(reason, lang);
        if (reason !== 'checklistOpen') return text;
        // Name the unanswered items, so the row says what to find out.
        const ticked = Object.fromEntries((given.checklist || []).map((item) => [item, true]));
        const open = checklistGaps(ticked).map((item) => label(`checklist.${item}`, lang));
        return `${text}${colon}${open.join(comma)}`;
      })
      .join(semicolon);
  });
}

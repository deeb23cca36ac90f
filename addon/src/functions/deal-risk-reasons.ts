import { checklistGaps, dealRisk, label, riskReasonLabel } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * The reasons for each deal's DEAL_RISK, "; " between them, blank when green; names open checklist items. Put it in the range's header row. Example: =DEAL_RISK_REASONS(A1:T, Settings!B2, "zh")
 * @param {Array[][]} deals The pipeline range with its header row (needs a Stage column).
 * @param {Date} as_of The day to judge on, e.g. =TODAY().
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. A stage table range (average days set stalled).
 * @return {string[][]} A header, then the reasons per deal; a bad row shows #ERROR: and why.
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
  const comma = lang === 'zh' ? '、' : ', ';
  return dealColumn(range, label('reasons', lang), (deal) => {
    const given = options(deal);
    return dealRisk(deal, given)
      .reasons.map((reason) => {
        const text = riskReasonLabel(reason, lang);
        if (reason !== 'checklistOpen') return text;
        // Name the unanswered items, so the row says what to find out.
        const ticked = Object.fromEntries((given.checklist || []).map((item) => [item, true]));
        const open = checklistGaps(ticked).map((item) => label(`checklist.${item}`, lang));
        return `${text}${lang === 'zh' ? '：' : ': '}${open.join(comma)}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
  });
}

import { checklistGaps, dealRisk, label, riskReasonLabel } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * The reasons behind each deal's risk level (see DEAL_RISK), separated by "; ", blank for a
 * green deal; unanswered checklist items are named. Give the pipeline range with its header row and put the formula in the header
 * row. Example: =DEAL_RISK_REASONS(A1:T, Settings!B2, "zh").
 *
 * @param {Array[][]} deals The pipeline range including its header row (needs a Stage column).
 * @param {Date} as_of The day to judge on, e.g. a cell holding =TODAY().
 * @param {string} language Optional. "en" (default) or "zh".
 * @param {Array[][]} stage_table Optional. Rows of name, probability, kind, aliases, average days that replace the default stages.
 * @return {string[][]} A header cell, then the reasons per deal; a row with a bad cell shows #ERROR: and the reason.
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
        const ticked = Object.fromEntries((given.checklist ?? []).map((item) => [item, true]));
        const open = checklistGaps(ticked).map((item) => label(`checklist.${item}`, lang));
        return `${text}${lang === 'zh' ? '：' : ': '}${open.join(comma)}`;
      })
      .join(lang === 'zh' ? '；' : '; ');
  });
}

import { dealRisk, label, riskReasonLabel } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * The reasons behind each deal's risk level (see DEAL_RISK), separated by "; ", blank for a
 * green deal. Give the pipeline range with its header row and put the formula in the header
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
  const { lang, table, asOf, range } = readRiskArguments(
    'DEAL_RISK_REASONS',
    deals,
    as_of,
    language,
    stage_table,
  );
  return dealColumn(range, label('reasons', lang), (deal) =>
    dealRisk(deal, { asOf, table })
      .reasons.map((reason) => riskReasonLabel(reason, lang))
      .join(lang === 'zh' ? '；' : '; '),
  );
}

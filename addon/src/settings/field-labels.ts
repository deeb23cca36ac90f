import { label, MEDDPICC_ELEMENTS } from '../../../shared/index';
import type { DealField, Language } from '../../../shared/types';

/** Fields the shared labels have no word for. */
const OWN: Partial<Record<DealField, { en: string; zh: string }>> = {
  id: { en: 'Deal ID', zh: '交易编号' },
  name: { en: 'Deal name', zh: '交易名称' },
  source: { en: 'Lead source', zh: '线索来源' },
  product: { en: 'Product', zh: '产品' },
  segment: { en: 'Segment', zh: '细分市场' },
  competitor: { en: 'Competitor', zh: '竞争对手' },
  lossReason: { en: 'Loss reason', zh: '输单原因' },
  lostAtStage: { en: 'Lost at stage', zh: '输单阶段' },
  created: { en: 'Created', zh: '创建日期' },
  stageEntered: { en: 'Stage entered', zh: '进入阶段日期' },
  meddpicc: { en: 'MEDDPICC scores (one cell)', zh: 'MEDDPICC 评分（单个单元格）' },
  forecastOverride: { en: 'Forecast override', zh: '预测类别覆盖' },
  lesson: { en: 'Lesson', zh: '经验教训' },
  closeReasonDetail: { en: 'Reason detail', zh: '原因详情' },
};

/**
 * A deal field as the settings sidebar names it, in the user's language:
 * the shared label where there is one (Stage, Amount...), the MEDDPICC
 * element for a score column, else the add-on's own word.
 *
 * @example
 * fieldLabel('meddpicc2', 'en') // => 'Economic buyer'
 */
export function fieldLabel(field: DealField, language: Language): string {
  const own = OWN[field];
  if (own) return own[language];
  const score = /^meddpicc([1-8])$/.exec(field);
  if (score) return label(`element.${MEDDPICC_ELEMENTS[Number(score[1]) - 1]}`, language);
  const shared: Partial<Record<DealField, Parameters<typeof label>[0]>> = {
    account: 'account',
    stage: 'stage',
    amount: 'amount',
    owner: 'owner',
    closeDate: 'closeDate',
    lastActivity: 'lastActivity',
    nextStep: 'nextStep',
    nextStepDate: 'nextStepDate',
    discount: 'discount',
    contacts: 'contacts',
  };
  const key = shared[field];
  return key ? label(key, language) : field;
}

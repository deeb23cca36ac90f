import type { Language } from '../../../../shared/types';

/** Every word of the pipeline changes sidebar and tab, English and Chinese. */
const TEXT = {
  title: ['Pipeline changes', '管道变化'],
  from: ['From snapshot', '起始快照'],
  to: ['To snapshot', '结束快照'],
  period: ['Forecast period', '预测周期'],
  show: ['Show changes', '查看变化'],
  reversed: [
    'The “from” snapshot must not be later than the “to” snapshot.',
    '起始快照不能晚于结束快照。',
  ],
  loading: ['Asking the analytics service…', '正在查询分析服务…'],
  write: ['Write to a tab', '写入新工作表'],
  writing: ['Writing the tab…', '正在写入工作表…'],
  wrote: ['Wrote the tab "{name}".', '已写入工作表"{name}"。'],
  between: ['What changed from {from} to {to}', '{from} 至 {to} 的变化'],
  slipPeriod: [
    'Slipped and pulled in are judged against {period}.',
    '延期与提前按 {period} 判断。',
  ],
  bridge: [
    'Open pipeline {start} → {end}; {unchanged} deals unchanged.',
    '未结管道 {start} → {end}；{unchanged} 个交易无变化。',
  ],
  noChanges: ['No deal of this kind.', '没有此类交易。'],
  trends: ['Trends by month', '月度趋势'],
  month: ['Month', '月份'],
  winRate: ['Win rate', '成交率'],
  won: ['Won', '赢单'],
  lost: ['Lost', '输单'],
  open: ['Open pipeline', '未结管道'],
  weighted: ['Weighted pipeline', '加权管道'],
  coverage: ['Coverage', '覆盖率'],
  cycle: ['Cycle (days)', '周期（天）'],
  noQuota: ['Coverage needs a quota: enter it in Settings.', '覆盖率需要配额：请在设置中填写。'],
  accuracy: ['Forecast accuracy {period}', '预测准确率 {period}'],
  forecastFrom: [
    'Forecast from the snapshot of {forecast}, won amount from {actual}.',
    '预测取自 {forecast} 的快照，赢单金额取自 {actual}。',
  ],
  commit: ['Commit', '承诺'],
  bestCase: ['Commit + Best case', '承诺 + 最佳情况'],
  actual: ['Won in the period', '周期内赢单'],
  forecast: ['Forecast', '预测'],
  ratio: ['Actual / forecast', '实际 / 预测'],
  onTarget: ['on target (0.9–1.1)', '达标（0.9–1.1）'],
  offTarget: ['off target (outside 0.9–1.1)', '未达标（0.9–1.1 之外）'],
  kind: ['Change', '变化'],
  deal: ['Deal', '交易'],
  stage: ['Stage', '阶段'],
  stageBefore: ['Stage before', '原阶段'],
  stageAfter: ['Stage after', '新阶段'],
  amountBefore: ['Amount before', '原金额'],
  amountAfter: ['Amount after', '新金额'],
  closeBefore: ['Close date before', '原预计成交日'],
  closeAfter: ['Close date after', '新预计成交日'],
  count: ['Deals', '交易数'],
  amount: ['Amount', '金额'],
  badAnswer: [
    'The analytics service sent an answer this add-on cannot read ({what}). Update the Worker or the add-on.',
    '分析服务的回复无法读取（{what}）。请更新 Worker 或插件。',
  ],
  deals: ['{n} deals', '{n} 个交易'],
  workerSaid: ['The analytics service answered: {detail}', '分析服务回复：{detail}'],
  noWorker: [
    'Pipeline changes come from the weekly snapshots the analytics service keeps. Open Settings, enter the analytics service URL and your API key, and turn on Weekly snapshots (or use Save snapshot now).',
    '管道变化来自分析服务保存的每周快照。请打开“设置”，填写分析服务地址和您的 API 密钥，并开启“每周快照”（或使用“立即保存快照”）。',
  ],
  noKey: [
    'Your API key for the analytics service is not saved (or was saved for another URL). Enter it in Settings, then open Pipeline changes again.',
    '尚未保存分析服务的 API 密钥（或密钥属于其他地址）。请在“设置”中填写后重新打开“管道变化”。',
  ],
  noSnapshots: [
    'There are {n} snapshots so far; comparing needs two. Turn on Weekly snapshots in Settings (or use Save snapshot now) and come back after the next save.',
    '目前只有 {n} 个快照，比较需要两个。请在“设置”中开启“每周快照”（或使用“立即保存快照”），下次保存后再来查看。',
  ],
  unreachable: [
    'The analytics service could not list the snapshots ({detail}). Check the URL and key in Settings and try again.',
    '分析服务无法列出快照（{detail}）。请检查“设置”中的地址和密钥后重试。',
  ],
  new: ['New', '新增'],
  advanced: ['Advanced', '推进'],
  movedBack: ['Moved back', '后退'],
  slipped: ['Slipped', '延期'],
  pulledIn: ['Pulled in', '提前'],
  reopened: ['Reopened', '重新打开'],
  removed: ['Removed', '移除'],
  amountUp: ['Amount up', '金额增加'],
  amountDown: ['Amount down', '金额减少'],
} as const;

export type ChangesTextKey = keyof typeof TEXT;

/**
 * A sentence of the pipeline changes view in the user's language, with
 * `{name}` placeholders filled in.
 *
 * @example
 * changesText('deals', 'zh', { n: 3 }) // => '3 个交易'
 */
export function changesText(
  key: ChangesTextKey,
  language: Language,
  values: Record<string, string | number> = {},
): string {
  const text: string = TEXT[key][language === 'zh' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

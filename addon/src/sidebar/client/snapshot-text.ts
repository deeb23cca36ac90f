import { textReader } from '../../../../shared/content/bilingual';

/**
 * The texts of weekly snapshots in the settings and review sidebars, in
 * English and Simplified Chinese. `{name}` marks a value to fill in.
 */
const SNAPSHOT_TEXT = {
  weeklySnapshots: { en: 'Weekly snapshots', zh: '每周快照' },
  snapshotDay: { en: 'Save a snapshot every', zh: '保存快照的日期' },
  snapshotHour: { en: 'At', zh: '时间' },
  off: { en: 'Off', zh: '关闭' },
  MONDAY: { en: 'Monday', zh: '星期一' },
  TUESDAY: { en: 'Tuesday', zh: '星期二' },
  WEDNESDAY: { en: 'Wednesday', zh: '星期三' },
  THURSDAY: { en: 'Thursday', zh: '星期四' },
  FRIDAY: { en: 'Friday', zh: '星期五' },
  SATURDAY: { en: 'Saturday', zh: '星期六' },
  SUNDAY: { en: 'Sunday', zh: '星期日' },
  scheduleHint: {
    en: 'Sends the pipeline tab to the analytics service with your API key, once a week, in the hour you choose ({timeZone}). The weekly review then measures what changed.',
    zh: '每周在所选的小时内（{timeZone}）用你的 API 密钥把管道工作表发送到分析服务，每周回顾即可实测变化。',
  },
  lastSave: {
    en: 'Last save: {at}, snapshot of {asOf}, {deals} deals',
    zh: '上次保存：{at}，{asOf} 的快照，{deals} 笔交易',
  },
  neverSaved: { en: 'Last save: none yet', zh: '上次保存：尚无' },
  nextRun: {
    en: 'Next run: {day} {date}, {hour}–{end}',
    zh: '下次运行：{date}（{day}）{hour}–{end}',
  },
  scheduleOff: { en: 'Next run: none, the weekly save is off', zh: '下次运行：无，每周保存已关闭' },
  lastError: { en: 'Last save failed ({at}): {why}', zh: '上次保存失败（{at}）：{why}' },
  why401: { en: 'the analytics service refused the API key', zh: '分析服务拒绝了 API 密钥' },
  why413: { en: 'a deal or the pipeline is too large', zh: '某笔交易或整个管道过大' },
  why409: { en: 'the team has too many snapshots', zh: '团队的快照过多' },
  why422: {
    en: 'the analytics service could not read some rows or stages; fix them in the sheet and save again',
    zh: '分析服务无法读取部分行或阶段；请在表格中修正后再保存',
  },
  whyNoWorker: {
    en: 'fill in the analytics service URL above first',
    zh: '请先在上方填写分析服务地址',
  },
  whyNoKey: {
    en: 'save your API key for this analytics service above first',
    zh: '请先在上方保存此分析服务的 API 密钥',
  },
  row: { en: 'row {row}', zh: '第 {row} 行' },
  whyOther: { en: 'the snapshot was not stored', zh: '快照未保存' },
  saveSnapshotNow: { en: 'Save snapshot now', zh: '立即保存快照' },
  snapshotSaved: { en: 'Snapshot saved', zh: '快照已保存' },
  snapshotFailed: { en: 'Snapshot not saved', zh: '快照未保存' },
  measured: { en: 'measured', zh: '实测' },
  measuredNote: {
    en: 'Advanced and slipped deals are measured: what changed between the snapshots of {from} and {to}.',
    zh: '推进与延期交易为实测：{from} 与 {to} 两次快照之间的变化。',
  },
  estimatedNote: {
    en: 'Advanced and slipped deals are estimated from dates (stage entered this week; close date passed). {reason}',
    zh: '推进与延期交易依据日期估算（本周进入阶段；预计成交日期已过）。{reason}',
  },
  noWorker: {
    en: 'Set up the analytics service and weekly snapshots in Settings to measure them.',
    zh: '在设置中配置分析服务和每周快照即可实测。',
  },
  noKey: {
    en: 'Save your API key in Settings to measure them.',
    zh: '在设置中保存你的 API 密钥即可实测。',
  },
  none: {
    en: 'There is no earlier snapshot yet: turn on weekly snapshots in Settings.',
    zh: '还没有更早的快照：请在设置中开启每周快照。',
  },
  stale: {
    en: 'The newest snapshot, of {detail}, is more than a week old.',
    zh: '最新快照（{detail}）已超过一周。',
  },
  unreachable: {
    en: 'The analytics service did not answer: {detail}',
    zh: '分析服务未响应：{detail}',
  },
} as const;

export type SnapshotTextKey = keyof typeof SNAPSHOT_TEXT;

/** A snapshot text in the chosen language with its `{name}` placeholders filled. */
export const snapshotText = textReader(SNAPSHOT_TEXT);

import type { MessageTable } from './message-table';
import { READER_MESSAGES_ZH } from './reader-messages-zh';
import { STAGE_TABLE_MESSAGES_ZH } from './stage-table-messages-zh';

/**
 * Simplified Chinese for every English message the ingestion, the analysis
 * and the API produce: English template → Chinese template. Placeholders are
 * `{name}` and must appear in both; a suffix says how the value is matched
 * and shown (see `translateMessage`):
 * - `{name}` any text, kept as written (cell values, headers, lists);
 * - `{name#}` a number (digits, `.`, `,`, `%`, `-`), kept as written;
 * - `{name*}` a nested message, itself translated;
 * - `{name~}` one word of `WORDS_ZH` (more, fewer, won, …), translated.
 *
 * Longer templates come before shorter ones they contain, since the first
 * match wins. Values (cell text, header names, stage names) stay untranslated.
 */
// Pure: a bundle that does not translate with the whole table leaves it out.
export const MESSAGES_ZH: MessageTable = /* @__PURE__ */ (() => [
  // Problem titles (worker/src/problem.ts PROBLEMS).
  ['Malformed JSON', 'JSON 格式错误'],
  ['Invalid request', '请求无效'],
  ['API key required', '需要 API 密钥'],
  ['Invalid API key', 'API 密钥无效'],
  ['Not found', '未找到'],
  ['Method not allowed', '不允许的请求方法'],
  ['Precondition failed', '前提条件不满足'],
  ['Request body too large', '请求体过大'],
  ['Deal too large', '交易数据过大'],
  ['Unsupported content type', '不支持的内容类型'],
  ['Empty input', '输入为空'],
  ['Invalid pipeline data', '管道数据无效'],
  ['Too many deals in one snapshot', '单个快照中的交易过多'],
  ['Too many snapshots', '快照过多'],
  ['Too many forecast calls', '预测承诺过多'],
  ['Team storage full', '团队存储已满'],
  ['Too many requests', '请求过多'],
  ['Internal error', '内部错误'],

  // Problem details of the Worker (worker/src/*.ts).
  ['There is no {method} {path}.', '不存在 {method} {path}。'],
  ['{path} answers {methods} only, not {method}.', '{path} 只接受 {methods}，不接受 {method}。'],
  ['The request body is larger than {n#} bytes.', '请求体超过 {n#} 字节。'],
  [
    'The pipeline has no rows: send a header row and deals.',
    '管道没有任何行：请发送表头行和交易。',
  ],
  ['The pipeline has a header but no deals.', '管道只有表头，没有交易。'],
  [
    'Send a pipeline as "csv", "rows" or a text/csv body.',
    '请以 "csv"、"rows" 或 text/csv 请求体发送管道数据。',
  ],
  [
    'No deal could be read from the pipeline ({n#} problem(s) with its cells or rows).',
    '管道中没有可读取的交易（单元格或行共有 {n#} 个问题）。',
  ],
  [
    '{n#} cell(s) could not be read; nothing was stored.',
    '{n#} 个单元格无法读取；未保存任何内容。',
  ],
  [
    'Deals have stages the stage table does not know: {names}. A snapshot keeps only known stages so later comparisons hold; send options.stageMapping or options.stages. Nothing was stored.',
    '交易中有阶段表不认识的阶段：{names}。快照只保存已知阶段，以便日后比较；请发送 options.stageMapping 或 options.stages。未保存任何内容。',
  ],
  [
    'unknown stage on {n#} deal(s); it looks like {stage}',
    '{n#} 笔交易的阶段未知；看起来像 {stage}',
  ],
  ['unknown stage on {n#} deal(s)', '{n#} 笔交易的阶段未知'],
  [
    'The deal in row {row#} takes {bytes#} bytes as stored; the limit MAX_DEAL_BYTES is {limit#}. Nothing was stored.',
    '第 {row#} 行的交易存储后占 {bytes#} 字节，超过上限 MAX_DEAL_BYTES（{limit#}）。未保存任何内容。',
  ],
  ['a deal may take at most {limit#} bytes as stored', '每笔交易存储后最多 {limit#} 字节'],
  [
    'The snapshot has {n#} deals; the limit MAX_DEALS_PER_SNAPSHOT is {limit#}. Nothing was stored.',
    '快照含 {n#} 笔交易，超过上限 MAX_DEALS_PER_SNAPSHOT（{limit#}）。未保存任何内容。',
  ],
  ['at most {limit#} deals in one snapshot', '单个快照最多 {limit#} 笔交易'],
  [
    'The team already keeps {limit#} snapshots, the limit MAX_SNAPSHOTS_PER_TEAM; replace a stored date instead. Nothing was stored.',
    '团队已保存 {limit#} 个快照，达到上限 MAX_SNAPSHOTS_PER_TEAM；请改为替换已保存的日期。未保存任何内容。',
  ],
  ['at most {limit#} snapshot dates per team', '每个团队最多 {limit#} 个快照日期'],
  [
    "The team's snapshots take {size#} bytes and this one would add {adds#} bytes, past the limit MAX_TEAM_STORAGE_BYTES of {limit#}. Delete old snapshots (DELETE /v1/snapshots/<date>) or replace a stored date. Nothing was stored.",
    '团队的快照已占 {size#} 字节，此快照将再增加 {adds#} 字节，超过上限 MAX_TEAM_STORAGE_BYTES（{limit#}）。请删除旧快照（DELETE /v1/snapshots/<date>）或替换已保存的日期。未保存任何内容。',
  ],
  ['a team may keep at most {limit#} bytes of snapshots', '每个团队的快照最多占 {limit#} 字节'],
  [
    'If-Match asked for version {asked#}, but {stored*}; nothing was deleted. Read the snapshots again and retry.',
    'If-Match 要求版本 {asked#}，但{stored*}；未删除任何内容。请重新读取快照后重试。',
  ],
  [
    'A delete accepts If-Match only, not If-None-Match.',
    '删除请求只接受 If-Match，不接受 If-None-Match。',
  ],
  ['not accepted by a delete', '删除请求不接受此项'],
  [
    'If-Match asked for version {asked#}, but {stored*}; nothing was stored. Read the snapshots again and retry.',
    'If-Match 要求版本 {asked#}，但{stored*}；未保存任何内容。请重新读取快照后重试。',
  ],
  ['the snapshot of {date} is at version {version#}', '{date} 的快照当前为版本 {version#}'],
  ['there is no snapshot of {date}', '{date} 没有快照'],
  [
    'If-None-Match: * refuses to replace the snapshot of {date} (version {version#}); nothing was stored.',
    'If-None-Match: * 拒绝替换 {date} 的快照（版本 {version#}）；未保存任何内容。',
  ],
  ['the snapshot of {date} exists', '{date} 的快照已存在'],
  ['Send either If-Match or If-None-Match, not both.', '请只发送 If-Match 或 If-None-Match 之一。'],
  ['If-None-Match accepts only "*".', 'If-None-Match 只接受 "*"。'],
  // Forecast calls (worker/src/routes/forecast-calls.ts).
  ['Forecast call field {field}: {message*}', '预测承诺字段 {field}：{message*}'],
  ['is not a field of a forecast call', '不是预测承诺的字段'],
  ['must be a JSON object such as {"commit": 120000}', '必须是 JSON 对象，如 {"commit": 120000}'],
  ['must be a number ≥ 0', '必须是 ≥ 0 的数字'],
  ['must be text of at most 500 characters', '必须是不超过 500 个字符的文本'],
  [
    'must be a rep name of 1 to 100 characters, as the owner column writes it',
    '必须是 1 到 100 个字符的销售代表姓名，与负责人列的写法一致',
  ],
  [
    'If-Match must be one call version, such as "3", as the ETag header gave it.',
    'If-Match 必须是一个预测承诺版本，例如 "3"，即 ETag 头给出的值。',
  ],
  [
    'The team already keeps {n#} forecast calls for {period}; nothing was stored.',
    '该团队在 {period} 已有 {n#} 条预测承诺；未保存任何内容。',
  ],
  ['no room for another rep in this period', '此期间无法再添加销售代表'],
  [
    '{header} did not hold: {stored*}; nothing was stored. Read the calls again and retry.',
    '{header} 条件不成立：{stored*}；未保存任何内容。请重新读取预测承诺后重试。',
  ],
  [
    'the call of {rep} for {period} is at version {version#}',
    '{rep} 在 {period} 的预测承诺当前为版本 {version#}',
  ],
  ['{rep} has no call for {period}', '{rep} 在 {period} 没有预测承诺'],
  [
    'If-Match must be one snapshot version, such as "3", as the ETag header gave it.',
    'If-Match 必须是一个快照版本，例如 "3"，即 ETag 头给出的值。',
  ],
  ['not with If-None-Match', '不能与 If-None-Match 同时发送'],
  ['must be *', '必须为 *'],
  ['must be one version', '必须是一个版本'],
  [
    'Send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".',
    '请以 "Authorization: Bearer <key>" 或 "X-API-Key: <key>" 发送 API 密钥。',
  ],
  ['The API key is unknown or has been revoked.', 'API 密钥未知或已被吊销。'],
  [
    'The "{scheme}" authorization scheme is not supported: send the API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".',
    '不支持 "{scheme}" 授权方式：请以 "Authorization: Bearer <key>" 或 "X-API-Key: <key>" 发送 API 密钥。',
  ],
  ['Query parameter {name}: {message*}', '查询参数 {name}：{message*}'],
  ['is not a query parameter of this endpoint', '不是此端点的查询参数'],
  [
    'must be a plain decimal number such as 1000 or 2500.50',
    '必须是普通十进制数，如 1000 或 2500.50',
  ],
  ['Too many write requests; try again in a minute.', '写入请求过多；请一分钟后再试。'],
  ['Too many read requests; try again in a minute.', '读取请求过多；请一分钟后再试。'],
  ['Something went wrong on our side; nothing was changed.', '服务器出错；未做任何更改。'],
  ['The request does not match its schema.', '请求不符合其结构定义。'],
  ['No snapshot dated {date} for this team.', '该团队没有日期为 {date} 的快照。'],
  ['No snapshot dated within {period} for this team.', '该团队在 {period} 内没有快照。'],
  ['No snapshot dated in or after {month} for this team.', '该团队在 {month} 及之后没有快照。'],
  ['No snapshot between {from} and {to} for this team.', '该团队在 {from} 至 {to} 之间没有快照。'],
  ['No snapshot for this team yet.', '该团队还没有快照。'],
  ['"to" must not be before "from".', '"to" 不能早于 "from"。'],
  ['"from" to "to" may span at most {n#} months.', '"from" 到 "to" 最多跨 {n#} 个月。'],
  ['the range may span at most {n#} months (got {m#})', '范围最多跨 {n#} 个月（实际为 {m#}）'],
  ['"from" to "to" may hold at most {n#} snapshots.', '"from" 到 "to" 最多包含 {n#} 个快照。'],
  [
    'the range holds {m#} snapshots; at most {n#} are read per request',
    '范围内有 {m#} 个快照；每个请求最多读取 {n#} 个',
  ],
  [
    'The body is not valid UTF-8 (first bad {where*}). {advice*}',
    '请求体不是有效的 UTF-8（第一个错误是{where*}）。{advice*}',
  ],
  [
    'The body is not valid {charset} (first undecodable character on line {n#}). {advice*}',
    '请求体不是有效的 {charset}（第一个无法解码的字符在第 {n#} 行）。{advice*}',
  ],
  [
    'The charset "{charset}" is not supported. Declare one of: {list}.',
    '不支持字符集 "{charset}"。请声明以下之一：{list}。',
  ],
  [
    'Declare the charset the file was saved in: Excel\'s "CSV" is windows-1252 in Western Europe and the Americas and GB18030 in China, so send `Content-Type: text/csv; charset=windows-1252` (or `charset=gb18030`), or save the file as "CSV UTF-8".',
    '请声明文件保存时的字符集：Excel 的 "CSV" 在西欧和美洲是 windows-1252，在中国是 GB18030，因此请发送 `Content-Type: text/csv; charset=windows-1252`（或 `charset=gb18030`），或把文件另存为 "CSV UTF-8"。',
  ],
  ['byte {b} at offset {o#}, line {l#}', '第 {l#} 行偏移 {o#} 处的字节 {b}'],
  ['{where*} is not valid UTF-8', '{where*}不是有效的 UTF-8'],
  ['line {n#} is not valid {charset}', '第 {n#} 行不是有效的 {charset}'],
  ['charset "{charset}" is not supported', '不支持字符集 "{charset}"'],
  ['{value*} (got "{got}")', '{value*}（实际为 "{got}"）'],

  // Request validation (worker/src/schemas.ts and the schema library's own wording).
  [
    'must be a date written YYYY-MM-DD between 1900-01-01 and 9999-12-31',
    '必须是 1900-01-01 到 9999-12-31 之间、写作 YYYY-MM-DD 的日期',
  ],
  ['must be a date that exists (its month has fewer days)', '必须是存在的日期（该月没有这么多天）'],
  [
    'must be a month written YYYY-MM between 1900-01 and 9999-12',
    '必须是 1900-01 到 9999-12 之间、写作 YYYY-MM 的月份',
  ],
  [
    'must be a year (2026), a quarter (2026-Q1) or a month (2026-03), from 1900 to 9999',
    '必须是 1900 到 9999 之间的年份（2026）、季度（2026-Q1）或月份（2026-03）',
  ],
  ['min must not be greater than max', 'min 不能大于 max'],
  [
    'send either "csv" or "rows", not both and not neither',
    '请发送 "csv" 或 "rows" 之一，不能同时发送，也不能都不发送',
  ],
  ['Invalid input: expected {type~}, received {got~}', '输入无效：应为 {type~}，实际为 {got~}'],
  ['Invalid input', '输入无效'],
  ['Invalid option: expected one of {list}', '选项无效：应为 {list} 之一'],
  ['Unrecognized keys: {keys}', '无法识别的键：{keys}'],
  ['Unrecognized key: {key}', '无法识别的键：{key}'],
  ['Too big: expected {what~} to be <={n#}', '过大：{what~}应 <={n#}'],
  ['Too big: expected {what~} to have <={n#} {unit~}', '过大：{what~}应最多有 {n#} 个{unit~}'],
  ['Too small: expected {what~} to be >={n#}', '过小：{what~}应 >={n#}'],
  ['Too small: expected {what~} to be >{n#}', '过小：{what~}应 >{n#}'],
  ['Too small: expected {what~} to have >={n#} {unit~}', '过小：{what~}应至少有 {n#} 个{unit~}'],
  ['Invalid string: must match pattern {pattern}', '字符串无效：必须匹配模式 {pattern}'],
  ['Invalid JSON', 'JSON 无效'],
  ['Malformed JSON in request body', '请求体中的 JSON 格式错误'],

  // Reading cells (shared/ingest).
  ...READER_MESSAGES_ZH,
  // Only CSV text has fields and quotes; only a whole ingestion has other problems.
  [
    "the row has {n#} fields, more than the header's {w#}: a value probably holds the delimiter without quotes (such as $1,200); the row is left out",
    '该行有 {n#} 个字段，多于表头的 {w#} 个：可能某个值含有未加引号的分隔符（如 $1,200）；该行被略过',
  ],
  [
    "the row has {n#} fields, {what~} than the header's {w#}; the row is left out",
    '该行有 {n#} 个字段，{what~}表头的 {w#} 个；该行被略过',
  ],
  [
    'a quote opens field {n#} and never closes; the line is read as written',
    '第 {n#} 个字段的引号没有闭合；该行按原样读取',
  ],
  [
    'Other problems (more than {n#} different causes); the first: {first*}',
    '其他问题（超过 {n#} 种不同原因）；第一个：{first*}',
  ],

  // Ingestion warnings and errors about the whole input.
  [
    '{n#} bad cells; only the first {m#} are listed in errors',
    '{n#} 个错误单元格；errors 中只列出前 {m#} 个',
  ],
  ['Columns not read: {list}', '未读取的列：{list}'],
  [
    'Column "{v}" is not read: an earlier column already gives that field',
    '未读取列 "{v}"：前面的列已提供该字段',
  ],
  [
    'Column "{v}" is not read: the separate MEDDPICC columns are used',
    '未读取列 "{v}"：已使用单独的 MEDDPICC 列',
  ],
  [
    'MEDDPICC columns missing ({list}): those scores count as 1 (unknown)',
    '缺少 MEDDPICC 列（{list}）：这些评分按 1（未知）计',
  ],
  [
    '{n#} deal(s) have {shown*}, which the stage table does not know: kept as open deals, unweighted, in the unmapped group (rows {rows}); map it with stageMapping (it looks like {stage})',
    '{n#} 笔交易的{shown*}不在阶段表中：作为进行中交易保留在未映射组中，不加权（第 {rows} 行）；请用 stageMapping 映射（看起来像 {stage}）',
  ],
  [
    '{n#} deal(s) have {shown*}, which the stage table does not know: kept as open deals, unweighted, in the unmapped group (rows {rows}); map it with stageMapping',
    '{n#} 笔交易的{shown*}不在阶段表中：作为进行中交易保留在未映射组中，不加权（第 {rows} 行）；请用 stageMapping 映射',
  ],
  ['stage "{v}"', '阶段 "{v}"'],
  ['a blank stage', '阶段为空'],
  [
    '{n#} more unmapped stage names on {m#} deal(s)',
    '另有 {n#} 个未映射的阶段名称，涉及 {m#} 笔交易',
  ],
  [
    'no stage column found (looked for headers such as Stage, Deal Stage, 阶段, or a "stage" column mapping); headers found: {list}',
    '未找到阶段列（查找过 Stage、Deal Stage、阶段 等表头，或 "stage" 列映射）；找到的表头：{list}',
  ],
  [
    'the input is empty; expected a header row with a stage column',
    '输入为空；应有包含阶段列的表头行',
  ],
  [
    'the input is empty; expected a header row with deal, stage and entered columns',
    '输入为空；应有包含交易、阶段和进入日期列的表头行',
  ],
  [
    'no {list} column found (a stage history needs deal, stage and entered date); headers found: {found}',
    '未找到 {list} 列（阶段历史需要交易、阶段和进入日期）；找到的表头：{found}',
  ],
  [
    'unknown field "{v}" in the column mapping; fields are: {list}',
    '列映射中的字段 "{v}" 未知；可用字段：{list}',
  ],
  [
    'the column mapping names "{v}" for {field}, but there is no such header; headers found: {list}',
    '列映射为 {field} 指定了 "{v}"，但没有这个表头；找到的表头：{list}',
  ],
  ['currency "{v}" is not a currency code', '货币 "{v}" 不是货币代码'],
  [
    'amounts are in {n#} currencies: {list*}. They are never added together: send one currency, or give "currency" and "exchangeRates" to convert them',
    '金额使用了 {n#} 种货币：{list*}。不同货币不会相加：请只发送一种货币，或提供 "currency" 和 "exchangeRates" 进行换算',
  ],
  [
    '{code} ({n#} deal(s), first in row {r#}), {rest*}',
    '{code}（{n#} 笔交易，首次出现在第 {r#} 行），{rest*}',
  ],
  ['{code} ({n#} deal(s), first in row {r#})', '{code}（{n#} 笔交易，首次出现在第 {r#} 行）'],
  [
    'exchangeRates needs currency codes with positive rates (got {v})',
    'exchangeRates 需要货币代码和正的汇率（实际为 {v}）',
  ],
  [
    'amounts in {list} need an exchange rate to {target} in "exchangeRates"',
    '{list} 金额需要在 "exchangeRates" 中提供到 {target} 的汇率',
  ],
  [
    '"{name}" is mapped to "{target}", which is not a stage of the table ({list})',
    '"{name}" 被映射到 "{target}"，但它不是阶段表中的阶段（{list}）',
  ],
  [
    '"{name}" needs a kind (open, won or lost) and a probability between 0 and 1',
    '"{name}" 需要类型（open、won 或 lost）和 0 到 1 之间的成交概率',
  ],
  [
    'delimiter must be one character other than a quote or line break (got "{v}")',
    '分隔符必须是一个字符，且不能是引号或换行（实际为 "{v}"）',
  ],
  [
    'month must be YYYY-MM, e.g. 2026-03 (got "{v}")',
    '月份必须写作 YYYY-MM，如 2026-03（实际为 "{v}"）',
  ],
  [
    'period must be a year (2026), a quarter (2026-Q1) or a month (2026-03) (got "{v}")',
    '期间必须是年份（2026）、季度（2026-Q1）或月份（2026-03）（实际为 "{v}"）',
  ],
  [
    'Unknown stage "{v}"{where}; expected one of: {list}',
    '阶段 "{v}" 未知{where}；应为以下之一：{list}',
  ],

  // Stage tables.
  ...STAGE_TABLE_MESSAGES_ZH,

  // Report warnings (shared/analysis/analyze.ts).
  [
    '{n#} deal(s) have a stage that is not in the stage table: counted as open, in pipeline.unmapped, weighted only by their own probability',
    '{n#} 笔交易的阶段不在阶段表中：按进行中计入 pipeline.unmapped，只按其自身成交概率加权',
  ],
  [
    '{n#} closed deal(s) have no close date ({w#} won, {l#} lost): the monthly trend cannot place them',
    '{n#} 笔已结束交易没有结束日期（赢单 {w#} 个，输单 {l#} 个）：月度趋势无法归入',
  ],
  [
    'Monthly win rates are withheld: {a#} of won deals but {b#} of lost deals have no close date, so each month would show a skewed rate; the overall win rate {r#} counts every closed deal',
    '不显示月度成交率：赢单中有 {a#}、输单中有 {b#} 没有结束日期，各月的成交率会失真；总体成交率 {r#} 计入了所有已结束交易',
  ],
  [
    '{n#} deal(s) have no amount; they count as 0 in every amount',
    '{n#} 笔交易没有金额；所有金额中按 0 计',
  ],
  [
    '{n#} deal(s) have a negative amount; sums include them, velocity and coverage treat negative totals as unknown or 0',
    '{n#} 笔交易的金额为负；合计包含它们，销售速度和覆盖率把负的总额视为未知或 0',
  ],
  [
    '{n#} closed deal(s) have a close date before their created date; left out of cycle days',
    '{n#} 笔已结束交易的结束日期早于创建日期；不计入周期天数',
  ],
  [
    'Stage conversion is approximate: {n#} lost deal(s) have no "lost at stage" and count as reaching only the first stage',
    '阶段转化率为近似值：{n#} 笔输单交易没有“输单阶段”，按只到达第一个阶段计',
  ],
  [
    '{n#} deal(s) have no stage history; their funnel reach comes from the current stage',
    '{n#} 笔交易没有阶段历史；其漏斗到达情况按当前阶段计算',
  ],
  [
    '{n#} stage history entries name a stage that is not in the stage table and are ignored',
    '{n#} 条阶段历史记录的阶段不在阶段表中，已忽略',
  ],
  [
    'No closed deals: win rate, deal size and cycle have no value yet',
    '没有已结束交易：成交率、客单价和周期暂无数值',
  ],
  [
    'Win rate {r#} is above the healthy band {min#}-{max#}: maybe only easy deals are being worked',
    '成交率 {r#} 高于健康区间 {min#}-{max#}：可能只在跟进容易的交易',
  ],
  [
    'Win rate {r#} is below the healthy band {min#}-{max#}',
    '成交率 {r#} 低于健康区间 {min#}-{max#}',
  ],
  [
    '{n#} open deal(s) have an expected close date in the past',
    '{n#} 笔进行中交易的预计结束日期已过',
  ],
])();

export { WORDS_ZH } from './words-zh';

// The report page: sends a pipeline CSV to POST /v1/analyze and draws the answer
// with Chart.js. Plain browser JavaScript served as is. Words come from the shared
// English and Chinese labels (dist/labels.js, global `PlaybookLabels`) and, for the
// few this page alone needs, from PAGE_TEXT below.

const { LABELS_EN, LABELS_ZH, DEFAULT_STAGES, FORECAST_CATEGORIES, OPEN_FORECAST_CATEGORIES } =
  window.PlaybookLabels;

/** Words of this page that the shared labels do not have. */
const PAGE_TEXT = {
  en: {
    title: 'Sales Playbook report',
    apiDocs: 'API reference',
    inputTitle: 'Your pipeline',
    inputHelp:
      'Paste a CSV export of your pipeline (header row first), upload a file, or load the example.',
    analyze: 'Analyze',
    loadExample: 'Load example',
    upload: 'Upload CSV',
    funnel: 'Funnel',
    byOwner: 'Win/loss by owner',
    bySource: 'Win/loss by source',
    byStage: 'Open pipeline by stage',
    byForecast: 'Pipeline by forecast category',
    monthly: 'Monthly trend',
    table: 'Figures',
    source: 'Source',
    month: 'Month',
    reached: 'Reached',
    conversion: 'Conversion',
    wonAmount: 'Won amount',
    cycleMedian: 'Median won cycle (days)',
    blank: '(blank)',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    message: 'Message',
    cellsSkipped: 'cell(s) could not be read; their rows were left out or the cells read as blank.',
    requestFailed: 'The request failed',
    analyzed: 'Deals analyzed',
  },
  zh: {
    title: '销售手册报告',
    apiDocs: 'API 文档',
    inputTitle: '你的销售管道',
    inputHelp: '粘贴管道的 CSV 导出（第一行为表头），上传文件，或加载示例。',
    analyze: '分析',
    loadExample: '加载示例',
    upload: '上传 CSV',
    funnel: '销售漏斗',
    byOwner: '按负责人统计赢单/输单',
    bySource: '按来源统计赢单/输单',
    byStage: '按阶段统计未结管道',
    byForecast: '按预测类别统计管道',
    monthly: '月度趋势',
    table: '数据',
    source: '来源',
    month: '月份',
    reached: '到达',
    conversion: '转化率',
    wonAmount: '赢单金额',
    cycleMedian: '赢单周期中位数（天）',
    blank: '（空）',
    row: '行',
    column: '列',
    value: '值',
    message: '说明',
    cellsSkipped: '个单元格无法读取；所在行已跳过或按空白读取。',
    requestFailed: '请求失败',
    analyzed: '已分析商机',
  },
};

/**
 * Chinese wording of the analysis warnings, by code (the API's messages are
 * English). Uses the shared labels where they have the words.
 */
const WARNINGS_ZH = {
  unknownStage: (n) => `${n} 个商机的阶段不在阶段表中，已跳过`,
  missingAmount: (n) => `${n} 个商机没有金额，所有金额按 0 计算`,
  negativeAmount: (n) =>
    `${n} 个商机的金额为负数；合计包含它们，销售速度和覆盖率把负的合计视为未知或 0`,
  negativeCycle: (n) => `${n} 个已关闭商机的成交日期早于创建日期，未计入销售周期`,
  approximateFunnel: (n) => `阶段转化率为近似值：${n} 个输单商机没有输单阶段，只算到达第一阶段`,
  dealsWithoutHistory: (n) => `${n} 个商机没有阶段历史，漏斗按当前阶段计算`,
  unknownHistoryStage: (n) => `${n} 条阶段历史的阶段不在阶段表中，已忽略`,
  noClosedDeals: () => '没有已关闭的商机：成交率、平均成交金额和销售周期暂无数值',
  winRateAboveBand: (_, report) =>
    `${t('winRate')} ${formatRate(report.winLoss.winRate)} ${t('winRate.above')}（${bandText(report)}）`,
  winRateBelowBand: (_, report) =>
    `${t('winRate')} ${formatRate(report.winLoss.winRate)} ${t('winRate.below')}（${bandText(report)}）`,
  closeDatePast: (n) => `${n} 个未结商机：${t('reason.closeDatePast')}`,
};

const COLORS = {
  won: '#2f9e44',
  lost: '#e03131',
  amount: '#1c7ed6',
  weighted: '#74c0fc',
  rate: '#f08c00',
  forecast: ['#2b8a3e', '#66a80f', '#1c7ed6', '#adb5bd'],
};

const $ = (id) => document.getElementById(id);
const charts = {};
let language = initialLanguage();
/** The last answer shown: `{ result }` or `{ problem }`, drawn again on a language switch. */
let shown = null;

Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

function initialLanguage() {
  const asked =
    new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('language');
  if (asked === 'en' || asked === 'zh') return asked;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A word in the current language: page words first, then the shared labels. */
function t(key) {
  const labels = language === 'zh' ? LABELS_ZH : LABELS_EN;
  return PAGE_TEXT[language][key] ?? labels[key] ?? key;
}

/** A stage's name in the current language (the playbook's Chinese stage names). */
function stageName(name) {
  if (language !== 'zh') return name;
  return DEFAULT_STAGES.find((stage) => stage.name === name)?.nameZh ?? name;
}

const locale = () => (language === 'zh' ? 'zh-CN' : 'en-US');
const formatNumber = (n) =>
  n === null || n === undefined
    ? '—'
    : new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(n);
const formatRate = (r) =>
  r === null || r === undefined
    ? '—'
    : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(r);
const groupName = (key) => (key === '' ? t('blank') : key);
const bandText = (report) =>
  `${formatRate(report.winLoss.winRateBand.min)}–${formatRate(report.winLoss.winRateBand.max)}`;

/** A warning of the analysis in the current language. */
function warningText(warning, report) {
  const zh = language === 'zh' ? WARNINGS_ZH[warning.code] : undefined;
  return zh ? zh(warning.count, report) : warning.message;
}

function applyLanguage() {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = t(element.dataset.text);
  }
  $('language').value = language;
  if (shown?.result) showReport(shown.result);
  if (shown?.problem) showProblem(shown.problem);
}

/** Fills a table: header cells, then rows; numbers are right-aligned. */
function fillTable(table, headers, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const header of headers) {
    const cell = document.createElement('th');
    cell.textContent = header;
    head.append(cell);
  }
  const body = table.createTBody();
  for (const values of rows) {
    const row = body.insertRow();
    values.forEach((value, i) => {
      const cell = row.insertCell();
      cell.textContent = value;
      if (i > 0) cell.className = 'num';
    });
  }
}

/** Draws a chart on a canvas, replacing the one drawn there before. */
function draw(id, config) {
  charts[id]?.destroy();
  charts[id] = new Chart($(`chart-${id}`), config);
}

function showSummary(report, result) {
  const winLoss = report.winLoss;
  const items = [
    [t('deals'), `${formatNumber(report.deals)}`],
    [t('winRate'), formatRate(winLoss.winRate)],
    [t('wonAmount'), formatNumber(winLoss.wonAmount)],
    [t('averageDealSize'), formatNumber(winLoss.avgWonAmount)],
    [t('openPipeline'), formatNumber(report.pipeline.open.amount)],
    [t('weightedPipeline'), formatNumber(report.pipeline.weighted)],
    [`${t('velocity')} (${t('perDay')})`, formatNumber(report.velocity)],
    [t('cycleMedian'), formatNumber(winLoss.cycleDays.won.median)],
  ];
  $('summary').replaceChildren(
    ...items.map(([term, value]) => {
      const item = document.createElement('div');
      const dt = document.createElement('dt');
      const dd = document.createElement('dd');
      dt.textContent = term;
      dd.textContent = value;
      item.append(dt, dd);
      return item;
    }),
  );
  const notes = [...report.warnings.map((w) => warningText(w, report)), ...result.warnings];
  $('warnings').replaceChildren(
    ...notes.map((note) => {
      const item = document.createElement('li');
      item.textContent = note;
      return item;
    }),
  );
}

function showFunnel(funnel) {
  const labels = [...funnel.stages.map((s) => stageName(s.stage)), t('won')];
  draw('funnel', {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: t('reached'),
          data: [...funnel.stages.map((s) => s.reached), funnel.won],
          backgroundColor: [...funnel.stages.map(() => COLORS.amount), COLORS.won],
        },
      ],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } },
  });
  fillTable(
    $('table-funnel'),
    [t('stage'), t('reached'), t('advanced'), t('conversion')],
    funnel.stages.map((s) => [
      stageName(s.stage),
      formatNumber(s.reached),
      formatNumber(s.advanced),
      formatRate(s.conversion),
    ]),
  );
}

function showWinLoss(id, groups, heading) {
  const labels = groups.map((g) => groupName(g.key));
  draw(id, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: t('won'), data: groups.map((g) => g.won), backgroundColor: COLORS.won },
        { label: t('lost'), data: groups.map((g) => g.lost), backgroundColor: COLORS.lost },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  fillTable(
    $(`table-${id}`),
    [heading, t('won'), t('lost'), t('winRate'), t('wonAmount')],
    groups.map((g) => [
      groupName(g.key),
      formatNumber(g.won),
      formatNumber(g.lost),
      formatRate(g.winRate),
      formatNumber(g.wonAmount),
    ]),
  );
}

function showStages(byStage) {
  draw('stage', {
    type: 'bar',
    data: {
      labels: byStage.map((s) => stageName(s.stage)),
      datasets: [
        { label: t('amount'), data: byStage.map((s) => s.amount), backgroundColor: COLORS.amount },
        {
          label: t('weightedPipeline'),
          data: byStage.map((s) => s.weighted),
          backgroundColor: COLORS.weighted,
        },
      ],
    },
  });
  fillTable(
    $('table-stage'),
    [t('stage'), t('count'), t('amount'), t('weightedPipeline')],
    byStage.map((s) => [
      stageName(s.stage),
      formatNumber(s.count),
      formatNumber(s.amount),
      formatNumber(s.weighted),
    ]),
  );
}

function showForecast(forecast) {
  draw('forecast', {
    type: 'doughnut',
    data: {
      labels: OPEN_FORECAST_CATEGORIES.map((c) => t(`forecast.${c}`)),
      datasets: [
        {
          label: t('amount'),
          data: OPEN_FORECAST_CATEGORIES.map((c) => forecast[c].amount),
          backgroundColor: COLORS.forecast,
        },
      ],
    },
    options: { plugins: { legend: { position: 'right' } } },
  });
  fillTable(
    $('table-forecast'),
    [t('forecastCategory'), t('count'), t('amount')],
    FORECAST_CATEGORIES.map((c) => [
      t(`forecast.${c}`),
      formatNumber(forecast[c].count),
      formatNumber(forecast[c].amount),
    ]),
  );
}

function showMonths(byMonth) {
  draw('month', {
    type: 'bar',
    data: {
      labels: byMonth.map((m) => m.month),
      datasets: [
        { label: t('won'), data: byMonth.map((m) => m.won), backgroundColor: COLORS.won },
        { label: t('lost'), data: byMonth.map((m) => m.lost), backgroundColor: COLORS.lost },
        {
          type: 'line',
          label: t('winRate'),
          data: byMonth.map((m) => (m.winRate === null ? null : m.winRate * 100)),
          borderColor: COLORS.rate,
          backgroundColor: COLORS.rate,
          yAxisID: 'rate',
        },
      ],
    },
    options: {
      scales: {
        y: { beginAtZero: true },
        rate: {
          position: 'right',
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false },
          ticks: { callback: (value) => `${value}%` },
        },
      },
    },
  });
  fillTable(
    $('table-month'),
    [t('month'), t('won'), t('lost'), t('winRate'), t('wonAmount')],
    byMonth.map((m) => [
      m.month,
      formatNumber(m.won),
      formatNumber(m.lost),
      formatRate(m.winRate),
      formatNumber(m.wonAmount),
    ]),
  );
}

/** Draws an analysis answer; cells that could not be read are listed above it. */
function showReport(result) {
  const report = result.report;
  shown = { result };
  if (result.errorCount > 0) {
    renderProblem({
      title: `${formatNumber(result.errorCount)} ${t('cellsSkipped')}`,
      detail: '',
      errors: result.errors,
    });
    $('problem').classList.add('partial');
  } else {
    $('problem').hidden = true;
  }
  $('report').hidden = false;
  showSummary(report, result);
  showFunnel(report.funnel);
  showWinLoss('owner', report.winLoss.by.owner ?? [], t('owner'));
  showWinLoss('source', report.winLoss.by.source ?? [], t('source'));
  showStages(report.pipeline.byStage);
  showForecast(report.pipeline.forecast);
  showMonths(report.winLoss.byMonth);
  $('status').textContent = `${t('analyzed')}: ${formatNumber(report.deals)}`;
}

/** Shows an API problem (title, detail and each bad cell by row and column); hides the report. */
function showProblem(problem) {
  shown = { problem };
  $('report').hidden = true;
  $('status').textContent = '';
  renderProblem(problem);
}

function renderProblem(problem) {
  const box = $('problem');
  box.classList.remove('partial');
  const title = document.createElement('h2');
  title.textContent = problem.title;
  const detail = document.createElement('p');
  detail.textContent = problem.detail ?? '';
  const parts = [title, detail];
  const errors = problem.errors ?? [];
  if (errors.length > 0) {
    const table = document.createElement('table');
    fillTable(
      table,
      [t('row'), t('column'), t('value'), t('message')],
      errors.map((e) => [e.row ?? '', e.column ?? e.field ?? '', e.value ?? '', e.message]),
    );
    for (const cell of table.querySelectorAll('td')) cell.className = '';
    parts.push(table);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

/** Sends the CSV to the API and shows the report or the problem. */
async function analyze() {
  $('status').textContent = t('loading');
  try {
    const response = await fetch('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: $('csv').value,
    });
    const type = response.headers.get('content-type') ?? '';
    if (response.ok) showReport(await response.json());
    else if (type.includes('json')) showProblem(await response.json());
    else showProblem({ title: `HTTP ${response.status}`, detail: await response.text() });
  } catch (error) {
    showProblem({ title: t('requestFailed'), detail: String(error) });
  }
}

async function loadExample() {
  const response = await fetch('/dist/pipeline.csv');
  $('csv').value = await response.text();
  await analyze();
}

$('analyze').addEventListener('click', analyze);
$('example').addEventListener('click', loadExample);
$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  $('csv').value = await file.text();
  event.target.value = '';
  await analyze();
});
$('language').addEventListener('change', (event) => {
  language = event.target.value;
  localStorage.setItem('language', language);
  applyLanguage();
});

applyLanguage();

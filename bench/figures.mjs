// The figures every engine must produce from the same pipeline CSV, the rules
// behind them (written once here, so the SQL and arquero versions are built
// from the same table), and the comparison that fails the run on any
// disagreement.
//
// Figure set (playbook §3, §4):
// - deals, won, lost, winRate (by deals), wonAmount, lostAmount;
// - openCount, openAmount, weighted (Σ open amount × stage probability);
// - byStage: every open stage → count, amount, weighted;
// - byOwner, bySource: key (trimmed, '' when blank) → deals, open, won, lost,
//   wonAmount, lostAmount;
// - forecast: every category → count, amount. An open deal's category is the
//   weaker of its stage's base category and the MEDDPICC cap, the cap applying
//   only when at least one of the eight scores is filled in (blank = 1);
//   won → closed, lost → omitted;
// - cycleWon, cycleLost: mean and median of close date − created in days over
//   closed deals with both dates and a cycle of 0 or more;
// - funnel (snapshot method): every open stage → reached, advanced. Reach of a
//   deal: open → its stage; won → every open stage; lost → its "lost at
//   stage" when that is an open stage, otherwise the first stage only.
// A blank amount counts as 0 in every amount.

/** The stage table the generator writes and every engine maps (playbook §1 defaults). */
export const STAGES = [
  { name: 'Prospecting', kind: 'open', probability: 0.05, forecast: 'upside' },
  { name: 'Discovery', kind: 'open', probability: 0.15, forecast: 'upside' },
  { name: 'Evaluation', kind: 'open', probability: 0.3, forecast: 'pipeline' },
  { name: 'Proposal', kind: 'open', probability: 0.5, forecast: 'bestCase' },
  { name: 'Negotiation', kind: 'open', probability: 0.75, forecast: 'commit' },
  { name: 'Closed Won', kind: 'won', probability: 1 },
  { name: 'Closed Lost', kind: 'lost', probability: 0 },
];

export const OPEN_STAGES = STAGES.filter((s) => s.kind === 'open');

/** Forecast categories, open ones strongest first (playbook §3). */
export const FORECAST_CATEGORIES = [
  'commit',
  'bestCase',
  'pipeline',
  'upside',
  'closed',
  'omitted',
];

/** Rank (index in FORECAST_CATEGORIES) of an open stage's base category. */
export const baseRank = (stage) => FORECAST_CATEGORIES.indexOf(stage.forecast);

/**
 * MEDDPICC cap as a rank (playbook §3): the lowest total of each band and the
 * category rank it caps to; 20-24 caps nothing (rank 0, Commit).
 */
export const MEDDPICC_CAPS = [
  { min: 20, rank: 0 },
  { min: 15, rank: 1 },
  { min: 10, rank: 2 },
  { min: 0, rank: 3 },
];

/** CSV columns of the eight MEDDPICC scores, in playbook order. */
export const MEDDPICC_COLUMNS = [
  'metrics',
  'economic_buyer',
  'decision_criteria',
  'decision_process',
  'paper_process',
  'identify_pain',
  'champion',
  'competition',
];

/** Reach code of a deal (funnel): 1..open stages, won = open stages + 1. */
export const WON_REACH = OPEN_STAGES.length + 1;

/** Keys compared exactly; every other number within RELATIVE_TOLERANCE. */
const EXACT = new Set([
  'deals',
  'won',
  'lost',
  'openCount',
  'count',
  'open',
  'reached',
  'advanced',
  'median',
]);
export const RELATIVE_TOLERANCE = 1e-9;

/** An empty figure set with every stage and category present. */
export function emptyFigures() {
  const byStage = {};
  for (const s of OPEN_STAGES) byStage[s.name] = { count: 0, amount: 0, weighted: 0 };
  const forecast = {};
  for (const c of FORECAST_CATEGORIES) forecast[c] = { count: 0, amount: 0 };
  const funnel = {};
  for (const s of OPEN_STAGES) funnel[s.name] = { reached: 0, advanced: 0 };
  return {
    deals: 0,
    won: 0,
    lost: 0,
    winRate: null,
    wonAmount: 0,
    lostAmount: 0,
    openCount: 0,
    openAmount: 0,
    weighted: 0,
    byStage,
    byOwner: {},
    bySource: {},
    forecast,
    cycleWon: { mean: null, median: null },
    cycleLost: { mean: null, median: null },
    funnel,
  };
}

/**
 * Funnel figures from deal counts by reach code (index 1..WON_REACH).
 * @param {ArrayLike<number>} byReach
 */
export function funnelFromReach(byReach) {
  const funnel = {};
  let atOrAbove = byReach[WON_REACH] ?? 0;
  const from = new Array(WON_REACH + 2).fill(0);
  from[WON_REACH] = atOrAbove;
  for (let k = OPEN_STAGES.length; k >= 1; k--) {
    atOrAbove += byReach[k] ?? 0;
    from[k] = atOrAbove;
  }
  OPEN_STAGES.forEach((s, i) => {
    funnel[s.name] = { reached: from[i + 1], advanced: from[i + 2] };
  });
  return funnel;
}

/** Win rate by deals; null with no closed deal. */
export const winRateOf = (won, lost) => (won + lost === 0 ? null : won / (won + lost));

/** The figure set as a flat list of [path, value], sorted by path. */
export function flatten(figures, prefix = '', out = []) {
  for (const [key, value] of Object.entries(figures)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object') flatten(value, path, out);
    else out.push([path, value]);
  }
  if (prefix === '') out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out;
}

function sameValue(path, a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  const leaf = path.slice(path.lastIndexOf('.') + 1);
  if (EXACT.has(leaf)) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Every difference between two figure sets: counts exactly, other numbers
 * within a relative 1e-9 (sums in a different order round differently).
 * @returns {string[]} one line per differing or missing figure
 */
export function compareFigures(nameA, a, nameB, b) {
  const left = new Map(flatten(a));
  const right = new Map(flatten(b));
  const problems = [];
  for (const [path, value] of left) {
    if (!right.has(path)) problems.push(`${path}: ${nameA} ${value}, ${nameB} missing`);
    else if (!sameValue(path, value, right.get(path))) {
      problems.push(`${path}: ${nameA} ${value}, ${nameB} ${right.get(path)}`);
    }
  }
  for (const [path, value] of right) {
    if (!left.has(path)) problems.push(`${path}: ${nameA} missing, ${nameB} ${value}`);
  }
  return problems;
}

/**
 * Maps the project's `analyze` report onto the figure set.
 * @param {object} report - an AnalysisReport grouped by owner and source
 */
export function figuresFromReport(report) {
  const f = emptyFigures();
  const w = report.winLoss;
  f.deals = report.funnel.deals;
  f.won = w.won;
  f.lost = w.lost;
  f.winRate = w.winRate;
  f.wonAmount = w.wonAmount;
  f.lostAmount = w.lostAmount;
  f.openCount = report.pipeline.open.count;
  f.openAmount = report.pipeline.open.amount;
  f.weighted = report.pipeline.weighted;
  for (const s of report.pipeline.byStage) {
    f.byStage[s.stage] = { count: s.count, amount: s.amount, weighted: s.weighted };
  }
  for (const [field, target] of [
    ['owner', f.byOwner],
    ['source', f.bySource],
  ]) {
    for (const g of w.by[field] ?? []) {
      target[g.key] = {
        deals: g.deals,
        open: g.open,
        won: g.won,
        lost: g.lost,
        wonAmount: g.wonAmount,
        lostAmount: g.lostAmount,
      };
    }
  }
  for (const c of FORECAST_CATEGORIES) {
    const bucket = report.pipeline.forecast[c];
    f.forecast[c] = { count: bucket.count, amount: bucket.amount };
  }
  f.cycleWon = { mean: w.cycleDays.won.mean, median: w.cycleDays.won.median };
  f.cycleLost = { mean: w.cycleDays.lost.mean, median: w.cycleDays.lost.median };
  for (const s of report.funnel.stages) {
    f.funnel[s.stage] = { reached: s.reached, advanced: s.advanced };
  }
  return f;
}

/**
 * Checks that the stage table above is the project's default one, so the
 * SQL and arquero mappings describe what the project computes.
 * @param {readonly object[]} defaults - DEFAULT_STAGES of the shared code
 * @returns {string[]} differences
 */
export function stageTableDifferences(defaults) {
  const problems = [];
  if (defaults.length !== STAGES.length) {
    problems.push(`${defaults.length} default stages, ${STAGES.length} in the benchmark`);
  }
  STAGES.forEach((s, i) => {
    const d = defaults[i];
    if (!d) return;
    for (const key of ['name', 'kind', 'probability']) {
      if (d[key] !== s[key]) problems.push(`stage ${i + 1} ${key}: ${d[key]} vs ${s[key]}`);
    }
    if (s.kind === 'open' && d.forecast !== s.forecast) {
      problems.push(`stage ${s.name} forecast: ${d.forecast} vs ${s.forecast}`);
    }
  });
  return problems;
}

/**
 * The figure set from grouped rows, as an engine that groups deals computes
 * them: `totals` by kind (n, amount, weighted), open `stages` (stage, n,
 * amount), `owners` and `sources` (key, deals, open, won, lost, won_amount,
 * lost_amount), `forecast` by category index (n, amount), `cycles` by kind
 * (mean, median) and `funnel` by reach (n).
 */
export function figuresFromGroups(rows) {
  const f = emptyFigures();
  for (const r of rows.totals) {
    f.deals += r.n;
    if (r.kind === 'won') {
      f.won = r.n;
      f.wonAmount = r.amount;
    } else if (r.kind === 'lost') {
      f.lost = r.n;
      f.lostAmount = r.amount;
    } else {
      f.openCount = r.n;
      f.openAmount = r.amount;
      f.weighted = r.weighted;
    }
  }
  f.winRate = winRateOf(f.won, f.lost);
  for (const r of rows.stages) {
    const probability = STAGES.find((s) => s.name === r.stage).probability;
    f.byStage[r.stage] = { count: r.n, amount: r.amount, weighted: r.amount * probability };
  }
  for (const [name, target] of [
    ['owners', f.byOwner],
    ['sources', f.bySource],
  ]) {
    for (const r of rows[name]) {
      target[r.key] = {
        deals: r.deals,
        open: r.open,
        won: r.won,
        lost: r.lost,
        wonAmount: r.won_amount,
        lostAmount: r.lost_amount,
      };
    }
  }
  for (const r of rows.forecast) {
    f.forecast[FORECAST_CATEGORIES[r.category]] = { count: r.n, amount: r.amount };
  }
  for (const r of rows.cycles) {
    f[r.kind === 'won' ? 'cycleWon' : 'cycleLost'] = { mean: r.mean, median: r.median };
  }
  const byReach = new Array(WON_REACH + 1).fill(0);
  for (const r of rows.funnel) byReach[r.reach] = r.n;
  f.funnel = funnelFromReach(byReach);
  return f;
}

// Seeded generator of realistic pipeline CSVs: owners, sources, products,
// segments, every stage with a realistic mix, amounts, created and close
// dates, loss stage and reason, eight MEDDPICC scores, and some blanks.
// The same seed and version always give the same bytes.

import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEDDPICC_COLUMNS, OPEN_STAGES, STAGES } from './figures.mjs';

/** Bump when the output of the generator changes, so cached files are rebuilt. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20261123;

export const HEADER = [
  'deal_id',
  'deal_name',
  'account',
  'owner',
  'source',
  'product',
  'segment',
  'stage',
  'amount',
  'created',
  'close_date',
  'lost_at_stage',
  'loss_reason',
  ...MEDDPICC_COLUMNS,
];

const here = dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = join(here, 'data');

/** mulberry32: a small, fast, seeded 32-bit PRNG returning [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jun'];
const LAST = ['Ortiz', 'Li', 'Novak', 'Smith', 'Wang'];
const OWNERS = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`)).slice(0, 40);
const SOURCES = ['Inbound', 'Outbound', 'Referral', 'Partner', 'Event', 'Website'];
const PRODUCTS = [
  'Core',
  'Analytics',
  'Integrations',
  'Enterprise Suite',
  'Support Plus',
  'Training',
];
const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise', 'Public Sector', 'Healthcare'];
const LOSS_REASONS = ['Price', 'Timing', 'No decision', 'Competitor', 'Authority', 'Status quo'];
const ACCOUNT_WORDS = [
  'North',
  'Blue',
  'Cedar',
  'Summit',
  'River',
  'Iron',
  'Bright',
  'Pine',
  'Harbor',
  'Atlas',
  'Delta',
  'Vertex',
];
const ACCOUNT_KINDS = ['Labs', 'Systems', 'Logistics', 'Health', 'Foods', 'Energy', 'Partners'];

/** Share of deals per stage, in STAGES order (early stages and losses dominate). */
const STAGE_WEIGHTS = [0.14, 0.14, 0.1, 0.08, 0.05, 0.17, 0.32];
/** Lost deals: where they were lost, by open stage. */
const LOST_AT_WEIGHTS = [0.3, 0.3, 0.2, 0.12, 0.08];

const FIRST_DAY = Date.UTC(2023, 0, 1) / 86400000;
const CREATED_SPAN = 1400;

function picker(weights) {
  const cumulative = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    cumulative.push(sum);
  }
  return (r) => {
    const x = r * sum;
    for (let i = 0; i < cumulative.length; i++) if (x < cumulative[i]) return i;
    return cumulative.length - 1;
  };
}

const dayTexts = new Map();
function isoDay(day) {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * 86400000).toISOString().slice(0, 10);
    dayTexts.set(day, text);
  }
  return text;
}

/**
 * Writes `rows` deals as CSV to `path`.
 * @returns {{ rows: number, bytes: number }}
 */
export function writePipelineCsv(path, rows, seed = DEFAULT_SEED) {
  const random = mulberry32(seed);
  const normal = () => {
    // Box-Muller, one value per call is enough here.
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const stageOf = picker(STAGE_WEIGHTS);
  const lostAtOf = picker(LOST_AT_WEIGHTS);

  const accounts = [];
  for (let i = 0; i < 5000; i++) {
    const name = `${pick(ACCOUNT_WORDS)}${pick(ACCOUNT_WORDS).toLowerCase()} ${pick(ACCOUNT_KINDS)}`;
    // Some legal names carry a comma, which CSV exports quote.
    accounts.push(random() < 0.06 ? `"${name}, Inc."` : `${name} ${i}`);
  }

  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let bytes = 0;
  const flush = (lines) => {
    const chunk = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(chunk);
    writeSync(fd, chunk);
  };
  let lines = [HEADER.join(',')];
  for (let i = 1; i <= rows; i++) {
    const stageIndex = stageOf(random());
    const stage = STAGES[stageIndex];
    const account = accounts[Math.floor(random() * accounts.length)];
    const product = pick(PRODUCTS);
    const owner = OWNERS[Math.floor(random() * random() * OWNERS.length)];
    const source = random() < 0.03 ? '' : pick(SOURCES);
    const segment = random() < 0.02 ? '' : pick(SEGMENTS);
    // Lognormal around 22,000; half whole amounts, half with cents; 2% blank.
    const cents = random() < 0.5 ? 100 : 1;
    const amount =
      random() < 0.02 ? '' : String(Math.round(Math.exp(10 + 0.9 * normal()) * cents) / cents);
    const created = FIRST_DAY + Math.floor(random() * CREATED_SPAN);
    const cycle = Math.max(1, Math.round(Math.exp(4 + 0.6 * normal())));
    let close = stage.kind === 'open' ? created + cycle + 30 : created + cycle;
    // A few data-entry errors: close before created.
    if (stage.kind !== 'open' && random() < 0.002) close = created - 1 - Math.floor(random() * 20);
    const createdText = random() < 0.01 ? '' : isoDay(created);
    const closeText = random() < 0.01 ? '' : isoDay(close);
    let lostAt = '';
    let lossReason = '';
    if (stage.kind === 'lost') {
      lostAt = random() < 0.15 ? '' : OPEN_STAGES[lostAtOf(random())].name;
      lossReason = random() < 0.1 ? '' : pick(LOSS_REASONS);
    }
    const scores = [];
    if (random() < 0.25) {
      for (let m = 0; m < 8; m++) scores.push('');
    } else {
      const lift = stageIndex <= 4 ? stageIndex * 0.12 : 0.4;
      for (let m = 0; m < 8; m++) {
        const r = random();
        scores.push(r < 0.05 ? '' : r < 0.45 - lift / 2 ? '1' : r < 0.8 - lift / 4 ? '2' : '3');
      }
    }
    lines.push(
      `D${String(i).padStart(7, '0')},${product} for ${account.replaceAll('"', '').replace(',', '')},${account},${owner},${source},${product},${segment},${stage.name},${amount},${createdText},${closeText},${lostAt},${lossReason},${scores.join(',')}`,
    );
    if (lines.length >= 20000) {
      flush(lines);
      lines = [];
    }
  }
  if (lines.length > 0) flush(lines);
  closeSync(fd);
  return { rows, bytes };
}

/**
 * The CSV of `rows` deals in bench/data, generated unless a file from the
 * same generator version and seed is already there.
 * @returns {{ path: string, rows: number, bytes: number, generatedMs: number | null }}
 */
export function ensurePipelineCsv(rows, seed = DEFAULT_SEED) {
  const path = join(DATA_DIR, `pipeline-${rows}.csv`);
  const metaPath = join(DATA_DIR, `pipeline-${rows}.json`);
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.version === GENERATOR_VERSION && meta.seed === seed && meta.rows === rows) {
      return { path, rows, bytes: meta.bytes, generatedMs: null };
    }
  }
  const start = performance.now();
  const { bytes } = writePipelineCsv(path, rows, seed);
  const generatedMs = performance.now() - start;
  writeFileSync(metaPath, JSON.stringify({ version: GENERATOR_VERSION, seed, rows, bytes }));
  return { path, rows, bytes, generatedMs };
}

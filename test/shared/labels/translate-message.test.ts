import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { ingestCsv } from '../../../shared/ingest/ingest-csv';
import { parseDay } from '../../../shared/ingest/parse-day';
import { translateMessage } from '../../../shared/labels/translate-message';
import { DEFAULT_STAGES } from '../../../shared/index';
import { type IngestOptions, PlaybookError } from '../../../shared/types';

// A pipeline with something wrong in nearly every column.
const BAD = [
  'Deal ID,Account,Owner,Stage,Amount,Probability,Currency,Created,Close Date,Last Activity,Forecast,Discount,Contacts,Status,M1,Forecast Category',
  'D-1,Acme,Ana,Closed Won,abc,2x,XYZ!,2026-13-45,yesterday,soon,Maybe,lots,many,weird,9,Someday',
  'D-2,Beta,Ana,Closed Lost,50%,150,USD,2026-01-10,2026-02-30,2026-01-01,Commit,120%,-1,Won,x,',
  'D-3,Cobalt,Ben,Engaging,,0.5,USD,2026-02-01,2025-04-30,,,,,,,',
  'D-4,Delta,Ben,Proposal,-100,,USD,2026-03-03,2026-01-15,,,,,,,',
  'D-5,Echo,Ben',
  'D-6,Fox,Ben,Proposal,100,,,,,,,,,,,,,extra',
  'D-7,Gulf,Ben,Closed Won,1000,,,2026-05-01,26/03/01,,,,,Open,,',
  'D-8,"bad quote,Ben,Closed Won',
].join('\n');

/** Inputs whose reading throws, each for a different cause. */
const THROWING: [string, IngestOptions][] = [
  ['Deal,Amount\nA,1', {}],
  ['', {}],
  ['Deal,Stage,Amount\nA,Proposal,1 EUR\nB,Proposal,2 USD', {}],
  ['Deal,Stage,Amount\nA,Proposal,1 EUR\nB,Proposal,2 USD', { currency: 'USD', exchangeRates: {} }],
  ['Deal,Stage,Created\nA,Proposal,03/04/2026\nB,Proposal,13/04/2026\nC,Proposal,04/13/2026', {}],
  ['Deal,Stage,Created\nA,Proposal,03/04/2026', {}],
  ['Deal,Stage,Amount\nA,Proposal,12.500\nB,Proposal,"1,250"', {}],
  ['Deal,Stage,Amount\nA,Engaging,1', { stageMapping: { Engaging: 'Nowhere' } }],
  ['Deal,Stage,Amount\nA,Proposal,1', { columns: { amount: 'ARR' } }],
  ['Deal,Stage,Amount\nA,Proposal,1', { columns: { budget: 'Amount' } as never }],
  ['Deal,Stage,Amount\nA,Proposal,1 EUR', { currency: 'dollars' }],
  ['Deal,Stage,Amount\nA,Proposal,1 EUR', { currency: 'USD', exchangeRates: { EUR: -1 } }],
  ['Deal,Stage,Amount\nA,Engaging,1', { stageMapping: { Engaging: { kind: 'open' } as never } }],
];

/** Every message the code produces on the bad inputs above. */
function realMessages(): string[] {
  const out = new Set<string>();
  const result = ingestCsv(BAD, {});
  for (const group of result.errorGroups) {
    out.add(group.message);
    for (const sample of group.samples) out.add(sample.message);
  }
  for (const warning of result.warnings) out.add(warning);
  const report = analyze(result.deals, { stages: result.stages, asOf: 20_500 });
  for (const warning of report.warnings) out.add(warning.message);
  const noClosed = ingestCsv('Deal,Stage,Amount\nA,Proposal,1', {});
  for (const warning of analyze(noClosed.deals, { asOf: 20_500 }).warnings) {
    out.add(warning.message);
  }
  for (const [csv, options] of THROWING) {
    try {
      ingestCsv(csv, options);
      throw new Error(`expected ${JSON.stringify(csv)} to throw`);
    } catch (error) {
      if (!(error instanceof PlaybookError)) throw error;
      out.add(error.message);
      for (const cell of error.errors) out.add(cell.message);
    }
  }
  for (const text of ['05/04/2026', '31/31/2026', 'tomorrow']) {
    try {
      parseDay(text);
    } catch (error) {
      if (!(error instanceof PlaybookError)) throw error;
      out.add(error.message);
    }
  }
  return [...out];
}

/** Values a message may carry untranslated: headers, stage names, codes, option names. */
const VALUES = new Set([
  ...BAD.split(/[\n,]/),
  'C',
  ...DEFAULT_STAGES.flatMap((s) => s.name.split(' ')),
  ...['Engaging', 'Nowhere', 'Deal', 'Amount', 'Stage', 'Created', 'ARR', 'amount', 'stage'],
  ...['ingestCsv', 'parseDay', 'stageMapping', 'dateOrder', 'decimal', 'point', 'comma'],
  ...['currency', 'exchangeRates', 'errors', 'pipeline', 'unmapped', 'MDY', 'DMY', 'YMD'],
  ...['MEDDPICC', 'USD', 'EUR', 'CNY', 'Sheets', 'Commit', 'Best', 'Case', 'Upside'],
  ...['Closed', 'Omitted', 'Pipeline', 'Evaluation', 'meddpicc', 'budget', 'dollars'],
  // Option values and deal field names the API takes as written.
  ...['open', 'won', 'lost', 'id', 'name', 'account', 'owner', 'source', 'product', 'segment'],
  ...['competitor', 'lossReason', 'lostAtStage', 'created', 'closeDate', 'stageEntered'],
  ...['lastActivity', 'lesson', 'closeReasonDetail', 'nextStep', 'nextStepDate'],
  ...['forecastOverride', 'discount', 'probability', 'status', 'wonDate', 'lostDate', 'contacts'],
]);

/** English words left in a translation once quoted values and known values are removed. */
function englishLeft(chinese: string): string[] {
  const unquoted = chinese.replace(/"[^"]*"/g, '');
  return (unquoted.match(/[A-Za-z][A-Za-z-]*\d*/g) ?? []).filter(
    (word) => !VALUES.has(word) && !VALUES.has(word.replace(/\d+$/, '')),
  );
}

describe('translateMessage', () => {
  it('translates every message produced on bad inputs, leaving only values in English', () => {
    const messages = realMessages();
    expect(messages.length).toBeGreaterThan(40);
    const untranslated = messages
      .map((message) => ({ message, zh: translateMessage(message, 'zh') }))
      .filter(({ message, zh }) => zh === message || englishLeft(zh).length > 0)
      .map(({ message, zh }) => `${message}\n  → ${zh}\n  left: ${englishLeft(zh).join(' ')}`);
    expect(untranslated).toEqual([]);
  });

  it('keeps cell values and numbers as written', () => {
    expect(translateMessage('"12 apples" is not a number', 'zh')).toBe('"12 apples" 不是数字');
    expect(
      translateMessage(
        'Win rate 33% is above the healthy band 15%-25%: maybe only easy deals are being worked',
        'zh',
      ),
    ).toBe('成交率 33% 高于健康区间 15%-25%：可能只在跟进容易的交易');
  });

  it('keeps a function or column prefix and translates the message after it', () => {
    expect(translateMessage('ingestCsv: the stage table is empty', 'zh')).toBe(
      'ingestCsv：阶段表为空',
    );
  });

  it('leaves English untouched, and an unknown message in English', () => {
    expect(translateMessage('"abc" is not a number', 'en')).toBe('"abc" is not a number');
    expect(translateMessage('Something nobody wrote a template for', 'zh')).toBe(
      'Something nobody wrote a template for',
    );
  });
});

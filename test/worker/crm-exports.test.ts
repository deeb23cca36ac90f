import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../shared/analysis/analyze';
import type { RecognisedVocabulary, UnmappedStage } from '../../shared/types';
import app from '../../worker/src/index';
import chinese from '../fixtures/crm/chinese-crm-opportunities.csv?raw';
import publicSample from '../fixtures/crm/crm-sample-sales-pipeline.csv?raw';
import pipedrive from '../fixtures/crm/pipedrive-deals.csv?raw';
import salesforce from '../fixtures/crm/salesforce-opportunities.csv?raw';
import { CRM_EXPORTS } from '../fixtures/crm/expected-figures';
import { call } from './helpers';

/** The parts of the /v1/analyze answer these tests read. */
interface AnalyzeAnswer {
  report: AnalysisReport;
  errorCount: number;
  warnings: string[];
  dateOrder: string | null;
  currency: string | null;
  vocabulary: RecognisedVocabulary | null;
  unmappedStages: UnmappedStage[];
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/*
 * The answer is a summary: its size follows the number of stages, owners,
 * sources and close months, never the number of rows. Measured: 7,000-byte
 * Salesforce file → 7.1 KB, Pipedrive 7,681 → 5.6 KB, Chinese 4,225 →
 * 5.3 KB, the 628,972-byte public sample (8,800 rows, 30 owners) → 10.5 KB.
 * A ceiling of 32 KB leaves room for new report fields and still fails as
 * soon as anything is listed per deal (8,800 deals at even 10 bytes each is
 * 88 KB); for the public sample the answer must also stay under 5% of the
 * body it summarises.
 */
const MAX_ANSWER_BYTES = 32 * 1024;

/** What the Worker answered: status, size in bytes and the parsed body. */
interface Answer {
  readonly status: number;
  readonly bytes: number;
  readonly body: AnalyzeAnswer;
}

/** Sends a fixture as it is (no options), as a raw text/csv body. */
async function analyzeCsv(
  csv: string,
  send: (init: RequestInit) => Response | Promise<Response> = (init) => call('/v1/analyze', init),
): Promise<Answer> {
  const res = await send({ method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
  const text = await res.text();
  return {
    status: res.status,
    bytes: utf8Bytes(text),
    body: (res.status === 200 ? JSON.parse(text) : { problem: text }) as AnalyzeAnswer,
  };
}

/** The exports sent here, by file, as Vite's ?raw import reads them. */
const FILES: Readonly<Record<string, string>> = {
  'salesforce-opportunities.csv': salesforce,
  'pipedrive-deals.csv': pipedrive,
  'chinese-crm-opportunities.csv': chinese,
};

/** Display names of the CRM vocabularies (shared/stages/crm-vocabularies.ts). */
const VOCABULARY_NAMES: Readonly<Record<string, string>> = {
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  chinese: 'Chinese CRMs',
};

const EXPORTS = CRM_EXPORTS.filter((e) => FILES[e.file] !== undefined).map((e) => ({
  ...e,
  csv: FILES[e.file],
}));

describe('POST /v1/analyze with a CRM export as a raw text/csv body', () => {
  it('receives the fixtures as the files hold them', () => {
    // Vite's ?raw import keeps the byte order mark and CRLF line ends of the Chinese export.
    expect(chinese.startsWith('\uFEFF')).toBe(true);
    expect(chinese).toContain('\r\n');
    // test/fixtures/crm/README.md: the public sample is 628,972 bytes.
    expect(utf8Bytes(publicSample)).toBe(628_972);
  });

  describe.each(EXPORTS)('$file', (expected) => {
    let answer: Answer;
    beforeAll(async () => {
      answer = await analyzeCsv(expected.csv);
    });

    it('answers 200 with every deal, the CRM vocabulary and the currency', () => {
      const { status, body } = answer;
      expect(status).toBe(200);
      expect(body.report.deals).toBe(expected.deals);
      expect(body.errorCount).toBe(0);
      expect(body.vocabulary).toEqual({
        id: expected.vocabulary,
        name: VOCABULARY_NAMES[expected.vocabulary ?? ''],
        deals: expected.deals,
      });
      expect(body.currency).toBe(expected.currency);
      expect(body.unmappedStages).toEqual([]);
    });

    it('answers the hand-worked won, lost, open, weighted and cycle figures', () => {
      const { winLoss, pipeline } = answer.body.report;
      expect(winLoss.won).toBe(expected.won);
      expect(winLoss.lost).toBe(expected.lost);
      expect(pipeline.open.count).toBe(expected.open);
      expect(winLoss.wonAmount).toBeCloseTo(expected.wonAmount, 2);
      expect(winLoss.lostAmount).toBeCloseTo(expected.lostAmount, 2);
      expect(pipeline.open.amount).toBeCloseTo(expected.openAmount, 2);
      expect(pipeline.weighted).toBeCloseTo(expected.weighted, 2);
      // The README rounds means to two decimals.
      expect(winLoss.cycleDays.won.mean).toBeCloseTo(expected.wonCycle.mean, 2);
      expect(winLoss.cycleDays.won.median).toBe(expected.wonCycle.median);
      expect(winLoss.cycleDays.lost.mean).toBeCloseTo(expected.lostCycle.mean, 2);
      expect(winLoss.cycleDays.lost.median).toBe(expected.lostCycle.median);
    });

    it('answers with a summary that does not grow with the rows', () => {
      expect(answer.bytes).toBeLessThan(MAX_ANSWER_BYTES);
    });
  });

  it('reads the Salesforce dates as month first (M/D/YYYY)', async () => {
    const { body } = await analyzeCsv(salesforce);
    expect(body.dateOrder).toBe('MDY');
  });

  describe('the public CRM sales opportunities sample (8,800 rows)', () => {
    // The file is 628,972 bytes: over the test configuration's 200,000-byte MAX_BODY_BYTES,
    // so it goes to the app with wrangler.toml's deployed limit of 5,000,000 bytes.
    const send = (init: RequestInit) =>
      app.fetch(
        new Request('http://127.0.0.1/v1/analyze', {
          ...init,
          headers: {
            ...(init.headers as Record<string, string>),
            'cf-connecting-ip': '10.210.0.1',
          },
        }),
        { ...env, MAX_BODY_BYTES: '5000000' },
      );
    let answer: Answer;
    beforeAll(async () => {
      answer = await analyzeCsv(publicSample, send);
    });

    it('answers 200 with every deal, no CRM vocabulary and no currency', () => {
      const { status, body } = answer;
      expect(status).toBe(200);
      // test/fixtures/crm/README.md (hand-worked with Python): 8,800 deals.
      expect(body.report.deals).toBe(8_800);
      expect(body.errorCount).toBe(0);
      expect(body.vocabulary).toBeNull();
      expect(body.currency).toBeNull();
    });

    it('answers the hand-worked won, lost, open and cycle figures', () => {
      const { winLoss, pipeline } = answer.body.report;
      // test/fixtures/crm/README.md (hand-worked with Python): 4,238 won, 2,473 lost,
      // 2,089 open (500 Prospecting + 1,589 Engaging), won amount 10,005,534, lost 0,
      // open 0 (open deals have no close_value), weighted 0.
      expect(winLoss.won).toBe(4_238);
      expect(winLoss.lost).toBe(2_473);
      expect(winLoss.wonAmount).toBe(10_005_534);
      expect(winLoss.lostAmount).toBe(0);
      expect(pipeline.open).toEqual({ count: 2_089, amount: 0 });
      expect(pipeline.weighted).toBe(0);
      // test/fixtures/crm/README.md (hand-worked with Python): won 51.78 / 57,
      // lost 41.48 / 14 days from engage_date to close_date.
      expect(winLoss.cycleDays.won.mean).toBeCloseTo(51.78, 2);
      expect(winLoss.cycleDays.won.median).toBe(57);
      expect(winLoss.cycleDays.lost.mean).toBeCloseTo(41.48, 2);
      expect(winLoss.cycleDays.lost.median).toBe(14);
    });

    it('lists the 1,589 Engaging deals as unmapped, suggests Discovery and warns once', () => {
      const { body } = answer;
      // test/fixtures/crm/README.md (hand-worked with Python): 1,589 Engaging deals.
      // The first five Engaging rows, read off the file: lines 11, 27, 44, 46 and 58.
      expect(body.unmappedStages).toEqual([
        {
          name: 'Engaging',
          count: 1_589,
          rows: [11, 27, 44, 46, 58],
          // suggestStage('Engaging'): the playbook's Discovery stage (playbook §1, 15%).
          suggested: { stage: 'Discovery', kind: 'open', probability: 0.15 },
        },
      ]);
      expect(body.report.pipeline.unmapped).toMatchObject({ count: 1_589, amount: 0, weighted: 0 });
      const messages = [...body.warnings, ...body.report.warnings.map((w) => w.message)];
      expect(messages.filter((m) => m.includes('Engaging'))).toHaveLength(1);
    });

    it('answers with a summary far smaller than the body', () => {
      const { bytes } = answer;
      expect(bytes).toBeLessThan(MAX_ANSWER_BYTES);
      expect(bytes).toBeLessThan(utf8Bytes(publicSample) * 0.05);
    });
  });
});

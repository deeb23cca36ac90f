import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/analyze';
import { daysFromCivil } from '../../../shared/ingest/days-from-civil';
import { ingestCsv } from '../../../shared/ingest/ingest-csv';
import { CRM_EXPORTS } from '../../fixtures/crm/expected-figures';

// "Today" of the hand-made exports (test/fixtures/crm/README.md).
const AS_OF = daysFromCivil(2026, 12, 1);

const read = (file: string): string =>
  readFileSync(new URL(`../../fixtures/crm/${file}`, import.meta.url), 'utf8');

/** Data rows of a file: non-blank lines after the header (no fixture has a line break inside a cell). */
const dataRows = (text: string): number =>
  text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;

/** Ingests a fixture with no options and analyses it with the stage table ingestion chose. */
function run(file: string) {
  const text = read(file);
  const result = ingestCsv(text);
  const report = analyze(result.deals, { stages: result.stages, asOf: AS_OF });
  return { text, result, report };
}

describe('ingestCsv + analyze on CRM exports, with no options', () => {
  describe.each(CRM_EXPORTS)('$file', (expected) => {
    const { text, result, report } = run(expected.file);

    it('keeps every data row as a deal and finds no bad cell', () => {
      expect(result.deals).toHaveLength(expected.deals);
      expect(result.deals).toHaveLength(dataRows(text));
      expect(report.deals).toBe(expected.deals);
      expect(result.errorCount).toBe(0);
      expect(result.errors).toEqual([]);
    });

    it(`recognises the ${expected.vocabulary ?? 'no'} CRM vocabulary`, () => {
      expect(result.vocabulary?.id ?? null).toBe(expected.vocabulary);
      if (expected.vocabulary !== null) {
        // Every deal's stage is one of the CRM's default stages.
        expect(result.vocabulary?.deals).toBe(expected.deals);
      }
    });

    it('counts won, lost and open deals with their amounts as hand-worked', () => {
      expect(report.winLoss.won).toBe(expected.won);
      expect(report.winLoss.lost).toBe(expected.lost);
      expect(report.pipeline.open.count).toBe(expected.open);
      expect(report.winLoss.wonAmount).toBeCloseTo(expected.wonAmount, 2);
      expect(report.winLoss.lostAmount).toBeCloseTo(expected.lostAmount, 2);
      expect(report.pipeline.open.amount).toBeCloseTo(expected.openAmount, 2);
    });

    it("weights open deals by the deal's own probability, else the stage default", () => {
      expect(report.pipeline.weighted).toBeCloseTo(expected.weighted, 2);
    });

    it('gives won and lost cycle days as hand-worked', () => {
      // The README rounds means to two decimals.
      expect(report.winLoss.cycleDays.won.mean).toBeCloseTo(expected.wonCycle.mean, 2);
      expect(report.winLoss.cycleDays.won.median).toBe(expected.wonCycle.median);
      expect(report.winLoss.cycleDays.lost.mean).toBeCloseTo(expected.lostCycle.mean, 2);
      expect(report.winLoss.cycleDays.lost.median).toBe(expected.lostCycle.median);
    });
  });

  describe('Pipedrive specifics', () => {
    const { result } = run('pipedrive-deals.csv');

    it('reads Deal - Probability (0..100) as a fraction on the three deals that have one', () => {
      // test/fixtures/crm/README.md (hand-worked with Python): Deal - Probability 60, 20, 90
      // on three open deals, blank elsewhere.
      const withProbability = result.deals.filter((deal) => deal.probability !== undefined);
      expect(withProbability.map((deal) => deal.probability)).toEqual([0.6, 0.2, 0.9]);
    });

    it('takes Won time / Lost time as the close date of a closed deal', () => {
      // Row 2 (deal 1040): Lost time 2026-04-02 17:00:16, Expected close date 2026-03-30.
      expect(result.deals[0].closeDate).toBe(daysFromCivil(2026, 4, 2));
      // Row 5 (deal 1061): Won time 2026-10-31 15:20:06, Expected close date 2026-10-21.
      expect(result.deals[3].closeDate).toBe(daysFromCivil(2026, 10, 31));
    });
  });

  describe('the public CRM sales opportunities sample', () => {
    const { result, report } = run('crm-sample-sales-pipeline.csv');

    it('lists the 1,589 Engaging deals as one unmapped stage that looks like Discovery', () => {
      // test/fixtures/crm/README.md (hand-worked with Python): 1,589 Engaging deals.
      // The first five Engaging rows, read off the file: lines 11, 27, 44, 46 and 58.
      expect(result.unmappedStages).toEqual([
        {
          name: 'Engaging',
          count: 1_589,
          rows: [11, 27, 44, 46, 58],
          // suggestStage('Engaging'): the playbook's Discovery stage (playbook §1, 15%).
          suggested: { stage: 'Discovery', kind: 'open', probability: 0.15 },
        },
      ]);
    });

    it('keeps the Engaging deals open, in the unmapped group, unweighted', () => {
      // test/fixtures/crm/README.md (hand-worked with Python): 2,089 open =
      // 500 Prospecting + 1,589 Engaging; open deals have no close_value.
      expect(report.pipeline.open).toEqual({ count: 2_089, amount: 0 });
      expect(report.pipeline.unmapped).toEqual({
        count: 1_589,
        amount: 0,
        weighted: 0,
        stages: [{ stage: 'Engaging', count: 1_589, amount: 0 }],
      });
      expect(report.pipeline.byStage.find((s) => s.stage === 'Prospecting')?.count).toBe(500);
    });

    it('names Engaging in exactly one warning', () => {
      const messages = [...result.warnings, ...report.warnings.map((w) => w.message)];
      expect(messages.filter((m) => m.includes('Engaging'))).toHaveLength(1);
    });

    it('reads no currency, since no cell names one', () => {
      expect(result.currency).toBeNull();
    });
  });

  it('reads the currency each export names', () => {
    // pipedrive-deals.csv: Deal - Currency of Value is EUR on every row.
    expect(run('pipedrive-deals.csv').result.currency).toBe('EUR');
    // zoho-deals.csv: Currency is USD on every row.
    expect(run('zoho-deals.csv').result.currency).toBe('USD');
    // chinese-crm-opportunities.csv: half the 商机金额 cells carry ¥, none 元 or a code, and
    // there is no currency column; ¥ is the yuan or the yen, and the recognised Chinese
    // CRM vocabulary settles it as the yuan.
    expect(run('chinese-crm-opportunities.csv').result.currency).toBe('CNY');
    // salesforce-opportunities.csv: plain numbers, no currency column.
    expect(run('salesforce-opportunities.csv').result.currency).toBeNull();
  });
});

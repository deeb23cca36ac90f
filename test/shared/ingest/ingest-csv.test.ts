import { describe, expect, it } from 'vitest';
import { ingestCsv } from '../../../shared/ingest/ingest-csv';
import { ingestRows } from '../../../shared/ingest/ingest-rows';
import { parseCsv } from '../../../shared/ingest/parse-csv';

// 2026-01-01 is day 20454 (hand calculation in parse-day.test.ts).
const JAN_1_2026 = 20454;

describe('ingestCsv', () => {
  // Header and value forms of the public "CRM sales opportunities" data set.
  it('reads a CRM sales opportunities style file', () => {
    const text = [
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
      '1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054',
      'Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Lost,2016-10-25,2017-03-11,0',
      'EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Won,2016-10-25,2017-03-07,55',
    ].join('\n');
    const result = ingestCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.deals[0]).toEqual({
      row: 2,
      id: '1C1I7A6R',
      owner: 'Moses Frase',
      product: 'GTX Plus Basic',
      account: 'Cancity',
      stage: 'Closed Won',
      // 2016-01-01 is day 16801 (46 years, 11 leap days); 2016-10-20 is 293 days
      // later; 2017-03-01 is 366 (2016 is a leap year) + 31 + 28 days later.
      created: 16801 + 293,
      closeDate: 16801 + 366 + 59,
      amount: 1054,
    });
    expect(result.deals.map((d) => d.stage)).toEqual(['Closed Won', 'Closed Lost', 'Closed Won']);
  });

  // Default column names and US formats of a Salesforce opportunity report export.
  it('reads a Salesforce style export with quoted amounts and US dates', () => {
    const text =
      '"Opportunity Owner","Account Name","Opportunity Name","Stage","Amount","Close Date","Created Date","Lead Source"\r\n' +
      '"Ann Lee","Acme, Inc.","Acme renewal","Negotiation","$12,500.00","1/31/2026","12/1/2025","Referral"\r\n' +
      '"Bo Chen","Beta","Beta pilot","Closed Lost","$900.00","2/1/2026","1/5/2026","Web"\r\n';
    const result = ingestCsv(text);
    expect(result.dateOrder).toBe('MDY');
    expect(result.deals[0]).toEqual({
      row: 2,
      owner: 'Ann Lee',
      account: 'Acme, Inc.',
      name: 'Acme renewal',
      stage: 'Negotiation',
      amount: 12500,
      currency: '$',
      closeDate: JAN_1_2026 + 30,
      created: JAN_1_2026 - 31,
      source: 'Referral',
    });
    expect(result.deals[1].closeDate).toBe(JAN_1_2026 + 31);
  });

  it('reads a semicolon file with decimal commas and day-first dates', () => {
    const text = 'Stage;Amount;Close Date\nProposal;1.234,50;31.01.2026\nWon;"2,5";01.02.2026\n';
    const result = ingestCsv(text);
    expect(result.dateOrder).toBe('DMY');
    expect(result.deals.map((d) => [d.amount, d.closeDate])).toEqual([
      [1234.5, JAN_1_2026 + 30],
      [2.5, JAN_1_2026 + 31],
    ]);
  });

  it('numbers rows by CSV record, so a quoted line break does not shift later rows', () => {
    const text = 'Stage,Next Step,Amount\nDemo,"call\nthen email",1\nDemo,,oops\n';
    const result = ingestCsv(text);
    expect(result.deals[0].nextStep).toBe('call\nthen email');
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([[3, 'Amount']]);
  });

  it('treats a number in a date column as a Sheets serial', () => {
    const result = ingestCsv('Stage,Created\nDemo,46023\n');
    expect(result.deals[0].created).toBe(JAN_1_2026);
  });

  it('gives the same result as ingestRows over the parsed rows', () => {
    const text =
      'Deal,阶段,金额,Close Date,Discount,Metrics\nA,Demo,"$1,200",03/04/2026,10%,3\nB,Pilot,x,13/04/2026,,\n\nC,Won,5,,,2\n';
    const fromCsv = ingestCsv(text);
    const fromRows = ingestRows(parseCsv(text));
    expect(fromCsv).toEqual(fromRows);
    // B's stage Pilot is not in the table: kept as an unmapped open deal.
    expect(fromCsv.deals).toHaveLength(3);
    expect(fromCsv.unmappedStages.map((u) => [u.name, u.count])).toEqual([['Pilot', 1]]);
    expect(fromCsv.errorCount).toBe(1);
  });

  it('uses the delimiter it is given', () => {
    const result = ingestCsv('Stage|Amount\nWon|5\n', { delimiter: '|' });
    expect(result.deals[0].amount).toBe(5);
  });

  it('throws on an empty file', () => {
    expect(() => ingestCsv('')).toThrow(
      'ingestCsv: the input is empty; expected a header row with a stage column',
    );
  });

  it('reads a CSV whose lines end in a lone CR', () => {
    const result = ingestCsv('Stage,Amount\rProposal,12000\rWon,"1,500"\r');
    expect(result.deals.map((d) => [d.row, d.stage, d.amount])).toEqual([
      [2, 'Proposal', 12_000],
      [3, 'Closed Won', 1_500],
    ]);
    expect(result.errors).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../shared/ingest/detect-columns';
import { PlaybookError } from '../../../shared/types';

describe('detectColumns', () => {
  it('matches English headers ignoring case, spaces, underscores and hyphens', () => {
    const map = detectColumns(['DEAL_STAGE', 'close-date', ' Amount ', 'Lead Source']);
    expect(map.fields).toEqual({ stage: 0, closeDate: 1, amount: 2, source: 3 });
    expect(map.headers).toEqual(['DEAL_STAGE', 'close-date', 'Amount', 'Lead Source']);
  });

  it('matches Chinese headers', () => {
    const map = detectColumns([
      '商机编号',
      '商机',
      '客户',
      '阶段',
      '金额',
      '负责人',
      '来源',
      '竞争对手',
      '输单原因',
      '进入阶段日期',
      '最后活动',
      '下一步',
      '预测类别',
      '折扣',
    ]);
    expect(map.fields).toEqual({
      id: 0,
      name: 1,
      account: 2,
      stage: 3,
      amount: 4,
      owner: 5,
      source: 6,
      competitor: 7,
      lossReason: 8,
      stageEntered: 9,
      lastActivity: 10,
      nextStep: 11,
      forecastOverride: 12,
      discount: 13,
    });
  });

  // Column names of the public "CRM sales opportunities" data set (sales_pipeline.csv).
  it('matches the CRM sales opportunities headers', () => {
    const header = [
      'opportunity_id',
      'sales_agent',
      'product',
      'account',
      'deal_stage',
      'engage_date',
      'close_date',
      'close_value',
    ];
    expect(detectColumns(header).fields).toEqual({
      id: 0,
      owner: 1,
      product: 2,
      account: 3,
      stage: 4,
      created: 5,
      closeDate: 6,
      amount: 7,
    });
  });

  // Default column names of a Salesforce opportunity report and a HubSpot deals export.
  it('matches Salesforce and HubSpot export headers', () => {
    const salesforce = [
      'Opportunity Owner',
      'Account Name',
      'Opportunity Name',
      'Stage',
      'Amount',
      'Probability (%)',
      'Close Date',
      'Created Date',
      'Lead Source',
      'Next Step',
      'Forecast Category',
    ];
    expect(detectColumns(salesforce).fields).toEqual({
      owner: 0,
      account: 1,
      name: 2,
      stage: 3,
      amount: 4,
      probability: 5,
      closeDate: 6,
      created: 7,
      source: 8,
      nextStep: 9,
      forecastOverride: 10,
    });
    const hubspot = [
      'Record ID',
      'Deal Name',
      'Deal Stage',
      'Amount',
      'Close Date',
      'Create Date',
      'Deal owner',
    ];
    expect(detectColumns(hubspot).fields).toEqual({
      id: 0,
      name: 1,
      stage: 2,
      amount: 3,
      closeDate: 4,
      created: 5,
      owner: 6,
    });
  });

  it('matches the MEDDPICC columns by English name, Chinese name and short forms', () => {
    const english = [
      'Metrics',
      'Economic buyer',
      'Decision criteria',
      'Decision process',
      'Paper process',
      'Identify pain',
      'Champion',
      'Competition',
    ];
    const chinese = [
      '量化指标',
      '经济买家',
      '决策标准',
      '决策流程',
      '采购流程',
      '痛点',
      '内部支持者',
      '竞争',
    ];
    const expected = {
      meddpicc1: 0,
      meddpicc2: 1,
      meddpicc3: 2,
      meddpicc4: 3,
      meddpicc5: 4,
      meddpicc6: 5,
      meddpicc7: 6,
      meddpicc8: 7,
    };
    expect(detectColumns(english).fields).toEqual(expected);
    expect(detectColumns(chinese).fields).toEqual(expected);
    expect(detectColumns(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']).fields).toEqual(
      expected,
    );
    expect(detectColumns(['MEDDPICC1', 'meddpicc 2']).fields).toEqual({
      meddpicc1: 0,
      meddpicc2: 1,
    });
  });

  it('matches a header with a unit in parentheses', () => {
    expect(detectColumns(['Amount (USD)', 'Discount (%)', '金额（元）']).fields).toEqual({
      amount: 0,
      discount: 1,
    });
  });

  it('lets the first of two columns naming one field win', () => {
    expect(detectColumns(['Stage', 'Deal Stage']).fields).toEqual({ stage: 0 });
  });

  it('lets an explicit mapping win over the aliases', () => {
    const map = detectColumns(['Amount', 'ARR (EUR)', 'Status'], {
      amount: 'ARR (EUR)',
      stage: 'status',
    });
    expect(map.fields).toEqual({ amount: 1, stage: 2 });
  });

  it('leaves out a field mapped to an empty header', () => {
    expect(detectColumns(['Stage', 'Amount'], { amount: '' }).fields).toEqual({ stage: 0 });
  });

  it('names the missing header and the headers available when the mapping is wrong', () => {
    expect(() => detectColumns(['Stage', 'Amount'], { amount: 'Value (EUR)' })).toThrow(
      'detectColumns: the column mapping names "Value (EUR)" for amount, but there is no such header; headers found: Stage, Amount',
    );
    expect(() =>
      detectColumns(['Stage'], { colour: 'Stage' } as unknown as Record<string, string>),
    ).toThrow(PlaybookError);
  });
});

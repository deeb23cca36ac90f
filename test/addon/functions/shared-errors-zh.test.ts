import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

// The built Code.js in node:vm, as Apps Script runs it.
const addon = loadAddon({ services: false });
const call = addon.call;

const HEADER = ['Deal', 'Stage', 'Amount', 'Close date'];

describe('shared messages in a formula, in the language asked for', () => {
  const asOf = addon.date('2026-11-23T00:00:00Z');
  const pipeline = [
    HEADER,
    ['Good', 'Proposal', 20000, '2026-12-20'],
    ['Bad amount', 'Proposal', 'lots', '2026-12-20'],
    ['Bad date', 'Proposal', 5000, 'soon'],
  ];

  it('says why a row of DEAL_RISK is bad in Chinese, naming the row and column', () => {
    const zh = call<string[][]>('DEAL_RISK', pipeline, asOf, 'zh');
    // The Chinese of the reader's messages is MESSAGES_ZH's ('"{v}" is not a number' → '"{v}" 不是数字').
    expect(zh[2][0]).toBe(
      '#错误：DEAL_RISK：deals（第 3 行，"Amount" 列）："lots" 不是数字（实际为 "lots"）',
    );
    expect(zh[3][0]).toBe(
      '#错误：DEAL_RISK：deals（第 4 行，"Close date" 列）："soon" 不是日期（实际为 "soon"）',
    );
    // The good row still has its level (a label of the playbook's §5 colours).
    expect(zh[1][0]).not.toMatch(/^#/);
  });

  it('says the same in DEAL_RISK_REASONS, and leaves English as it was', () => {
    const zh = call<string[][]>('DEAL_RISK_REASONS', pipeline, asOf, 'zh');
    expect(zh[2][0]).toBe(
      '#错误：DEAL_RISK_REASONS：deals（第 3 行，"Amount" 列）："lots" 不是数字（实际为 "lots"）',
    );
    const en = call<string[][]>('DEAL_RISK', pipeline, asOf, 'en');
    expect(en[2][0]).toBe(
      '#ERROR: DEAL_RISK: deals in row 3, column "Amount": "lots" is not a number (got "lots")',
    );
    expect(en[3][0]).toBe(
      '#ERROR: DEAL_RISK: deals in row 4, column "Close date": "soon" is not a date (got "soon")',
    );
  });

  it('names a stage the given stage table does not know, on its row only', () => {
    // the reader suggests Evaluation for "Pilot" (its hint), kept in both languages
    const table = [
      ['Discovery', 0.1, 'open'],
      ['Proposal', 0.5, 'open'],
      ['Won', 1, 'won'],
    ];
    const rows = [HEADER, ['X', 'Pilot', 100, '2026-12-20'], ['Y', 'Proposal', 100, '2026-12-20']];
    const zh = call<string[][]>('DEAL_RISK', rows, asOf, 'zh', table);
    expect(zh[1][0]).toBe(
      '#错误：DEAL_RISK：deals（第 2 行）：阶段 "Pilot" 不在阶段表中（看起来像 Evaluation）；请把它加入 stage_table',
    );
    expect(zh[2][0]).not.toMatch(/^#/);
    const en = call<string[][]>('DEAL_RISK', rows, asOf, 'en', table);
    expect(en[1][0]).toBe(
      '#ERROR: DEAL_RISK: deals in row 2: stage "Pilot" is not in the stage table (it looks like Evaluation); add it to stage_table',
    );
  });

  it('translates an error in the stage_table range', () => {
    const table = [
      ['Discovery', 0.1, 'open'],
      ['Proposal', 'high', 'open'],
    ];
    // stage table rows: name, probability, kind (playbook §1); "high" is no probability
    expect(() => call('DEAL_RISK', pipeline, asOf, 'zh', table)).toThrow(
      'DEAL_RISK：阶段表第 2 行第 2 列：成交概率必须在 0 到 1 或 0% 到 100% 之间（实际为 "high"）',
    );
    expect(() => call('DEAL_RISK', pipeline, asOf, 'en', table)).toThrow(
      'DEAL_RISK: stage table row 2, column 2: probability must be between 0 and 1 or 0% and 100% (got "high")',
    );
    expect(() => call('DEAL_RISK', pipeline, asOf, 'zh', 'Proposal')).toThrow(
      'DEAL_RISK：stage_table 应为 多行区域（名称、成交概率、类型）（实际为 "Proposal"）',
    );
    expect(() => call('DEAL_RISK', pipeline, asOf, 'zh', [['Proposal', 0.5, 'maybe']])).toThrow(
      'DEAL_RISK：阶段表第 1 行第 3 列：类型必须是 open、won 或 lost（实际为 "maybe"）',
    );
    expect(() =>
      call('DEAL_RISK', pipeline, asOf, 'zh', [
        ['Stage', 'Kind'],
        ['Proposal', 'open'],
      ]),
    ).toThrow('DEAL_RISK：阶段表表头没有 "probability" 列');
  });
});

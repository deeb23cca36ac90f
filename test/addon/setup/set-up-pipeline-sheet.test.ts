import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';

describe('setUpPipelineSheet', () => {
  it('creates a pipeline tab with headers, formulas and a stage dropdown, plus a stage table tab', () => {
    const addon = loadAddon({ sheets: { Sheet1: [] } });
    const made = addon.call<{ pipeline: string; stages: string }>('setUpPipelineSheet');
    expect(made).toEqual({ pipeline: 'Pipeline', stages: 'Stages' });
    const sheet = addon.book.getSheetByName('Pipeline')!;
    expect(sheet.data[0].slice(0, 6)).toEqual([
      'Deal ID',
      'Deal',
      'Account',
      'Owner',
      'Stage',
      'Amount',
    ]);
    const formulas = [...sheet.formulas.values()];
    expect(formulas).toContain('=MEDDPICC(O2:V)');
    expect(formulas.some((f) => f.startsWith('=DEAL_RISK(A1:Z, '))).toBe(true);
    const stageValidation = sheet.validations.find((v) => v.column === 5);
    expect(stageValidation?.rule).toMatchObject({ range: expect.stringContaining('R2C1') });
    const stages = addon.book.getSheetByName('Stages')!;
    // playbook §1: seven default stages with their probabilities
    expect(stages.data.slice(1, 8).map((r) => [r[0], r[1]])).toEqual([
      ['Prospecting', 0.05],
      ['Discovery', 0.15],
      ['Evaluation', 0.3],
      ['Proposal', 0.5],
      ['Negotiation', 0.75],
      ['Closed Won', 1],
      ['Closed Lost', 0],
    ]);
  });

  it('never overwrites an existing tab: it picks a free pipeline name and reuses the Stages tab', () => {
    const existing = [
      ['Stage', 'Amount'],
      ['Proposal', 100],
    ];
    const addon = loadAddon({
      sheets: { Pipeline: existing, Stages: [['mine']], 'Pipeline 2': [['also mine']] },
    });
    const made = addon.call<{ pipeline: string; stages: string }>('setUpPipelineSheet');
    expect(made).toEqual({ pipeline: 'Pipeline 3', stages: 'Stages' });
    expect(addon.book.getSheetByName('Pipeline')!.data).toEqual(existing);
    expect(addon.book.getSheetByName('Stages')!.data).toEqual([['mine']]);
    expect(addon.book.getSheetByName('Stages 2')).toBeNull();
    const touched = new Set(addon.book.writes.map((w) => w.sheet));
    expect([...touched]).toEqual(['Pipeline 3']);
    // that Stages tab has no as-of cell, so the new pipeline tab holds its own
    const sheet = addon.book.getSheetByName('Pipeline 3')!;
    const formulas = [...sheet.formulas.entries()];
    const today = formulas.find(([, f]) => f === '=TODAY()');
    expect(today).toBeDefined();
    const [row, column] = today![0].split(',').map(Number);
    expect(row).toBe(2);
    expect(sheet.data[0][column - 1]).toBe('As of');
    const risk = formulas.find(([, f]) => f.startsWith('=DEAL_RISK('))![1];
    expect(risk).toContain("'Stages'!A1:F");
    expect(risk).not.toContain("'Stages'!H2");
  });

  it("a second set-up shares the first one's Stages tab and as-of date", () => {
    const addon = loadAddon({ sheets: { Sheet1: [] } });
    addon.call('setUpPipelineSheet');
    const stagesBefore = JSON.stringify(addon.book.getSheetByName('Stages')!.data);
    addon.book.writes.length = 0;
    const made = addon.call<{ pipeline: string; stages: string }>('setUpPipelineSheet');
    expect(made).toEqual({ pipeline: 'Pipeline 2', stages: 'Stages' });
    expect(addon.book.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'Stages',
      'Pipeline',
      'Pipeline 2',
    ]);
    expect(JSON.stringify(addon.book.getSheetByName('Stages')!.data)).toBe(stagesBefore);
    expect(new Set(addon.book.writes.map((w) => w.sheet))).toEqual(new Set(['Pipeline 2']));
    const formulas = [...addon.book.getSheetByName('Pipeline 2')!.formulas.values()];
    expect(formulas.find((f) => f.startsWith('=DEAL_RISK('))).toContain("'Stages'!H2");
    expect(formulas).not.toContain('=TODAY()');
  });

  it('passes its formulas through the custom functions without error', () => {
    const addon = loadAddon({ services: false });
    // the stage table tab as written by the set-up, read back by a formula
    const table = [
      ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh'],
      ['Prospecting', 0.05, 'open', '', '', '潜在客户开发'],
      ['Proposal', 0.5, 'open', '', 20, '提案阶段'],
      ['Closed Won', 1, 'won', 'Won', '', '成交阶段'],
    ];
    expect(addon.call('STAGE_PROBABILITY', [['Proposal'], ['won']], table)).toEqual([[0.5], [1]]);
  });

  it('sets up a Chinese pipeline tab when the user works in Chinese', () => {
    const addon = loadAddon({ sheets: { Sheet1: [] } });
    addon.userProperties.setProperty('salesPlaybook.language', 'zh');
    const made = addon.call<{ pipeline: string; stages: string }>('setUpPipelineSheet');
    expect(made).toEqual({ pipeline: '管道表', stages: '阶段表' });
    const sheet = addon.book.getSheetByName('管道表')!;
    const header = sheet.data[0] as string[];
    expect(header.slice(0, 6)).toEqual(['交易编号', '交易名称', '客户', '负责人', '阶段', '金额']);
    // the computed columns and the as-of cell are Chinese, with the playbook's terms
    expect(header).toEqual(expect.arrayContaining(['MEDDPICC 总分', '成交概率', '所需联系人数']));
    expect(addon.book.getSheetByName('阶段表')!.data[0][7]).toBe('截至日期');
    // the stage dropdown lists the Stages tab's Chinese names (column F)
    const stageRule = sheet.validations.find((v) => v.column === 5)?.rule as { range: string };
    expect(stageRule.range).toContain('R2C6');
    expect(addon.book.getSheetByName('阶段表')!.data[1][5]).toBe('潜在客户开发');
    const help = sheet.validations.map((v) => (v.rule as { help?: string }).help).filter(Boolean);
    expect(help).toEqual(['1 = 未知，2 = 部分了解，3 = 已确认', '折扣不超过 20%']);
    const formulas = [...sheet.formulas.values()];
    expect(formulas).toContain('=MEDDPICC_BAND(AA2:AA, "zh")');
    expect(formulas.find((f) => f.startsWith('=DEAL_RISK('))).toContain('"zh"');
  });

  it("reads a Chinese tab's columns back through the formulas", () => {
    const addon = loadAddon({ sheets: { Sheet1: [] } });
    addon.userProperties.setProperty('salesPlaybook.language', 'zh');
    addon.call('setUpPipelineSheet');
    const header = addon.book.getSheetByName('管道表')!.data[0].slice(0, 26) as string[];
    const stages = addon.book.getSheetByName('阶段表')!.data.filter((row) => row[0] !== '');
    const deal: Record<string, unknown> = {
      交易编号: 'D-1',
      交易名称: '年度合同',
      阶段: '提案阶段',
      金额: 150000,
      下一步: '演示',
      下一步日期: '2026-02-10',
      联系人数: 2,
    };
    const row = header.map((h) => deal[h] ?? '');
    const reasons = addon.call<string[][]>(
      'DEAL_RISK_REASONS',
      [header, row],
      '2026-02-01',
      'zh',
      stages.map((r) => r.slice(0, 6)),
    );
    expect(reasons[0][0]).toBe('原因');
    // playbook §5: over 100,000 needs 5+ contacts, so 2 read from 联系人数 is too few
    expect(reasons[1][0]).toContain('按交易金额，联系人太少');
  });
});

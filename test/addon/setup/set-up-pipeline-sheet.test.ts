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
});

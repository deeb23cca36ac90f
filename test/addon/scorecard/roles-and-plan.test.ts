import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';
import { PIPELINE_HEADER, samplePipeline } from '../harness/sample-pipeline';

interface PlanRow {
  step: string;
  owner: string;
  date: string;
  status: string;
}
interface View {
  key: { field: string; value: string };
  original: string[];
  roles: { header: string; value: string }[];
  plan: PlanRow[];
  stage: { name: string; exitCriterion?: string; exitCriterionZh?: string } | null;
  risk: { level: string; reasons: string[] } | null;
}

const LAST = PIPELINE_HEADER.length; // 21: the sample's Notes column

function open(sheets: Record<string, unknown[][]>, row: number, language?: 'zh') {
  const addon = loadAddon({ sheets, now: '2026-11-23T10:00:00Z' });
  if (language) addon.userProperties.setProperty('salesPlaybook.language', language);
  addon.book.select('Pipeline', row);
  return { addon, view: addon.call<View>('getScorecard') };
}

const save = (view: View, extra: Record<string, unknown>) => ({
  key: view.key,
  scores: view.original.map((s) => Number(s) || 1),
  notes: ['', '', '', '', '', '', '', ''],
  original: view.original,
  ...extra,
});

describe('buying roles in the pipeline tab', () => {
  it('adds the missing role columns at the end, writes the names, and touches nothing else', () => {
    const { addon, view } = open({ Pipeline: samplePipeline() }, 2);
    expect(view.roles).toEqual([]);
    const sheet = addon.book.getSheetByName('Pipeline')!;
    const before = sheet.data.map((line) => [...line]);
    addon.call(
      'saveScorecard',
      save(view, {
        roles: [
          { header: 'Role: Champion', value: 'Dana Li (Ops lead)', original: '' },
          { header: 'Role: Decision maker', value: 'Sam Wu (CFO); Board', original: '' },
          { header: 'Role: Blocker known', value: '', original: '' },
        ],
      }),
    );
    // two new columns after the last one; the blank role gets no column
    expect(sheet.data[0].slice(LAST)).toEqual(['Role: Champion', 'Role: Decision maker']);
    expect(sheet.data[1].slice(LAST)).toEqual(['Dana Li (Ops lead)', 'Sam Wu (CFO); Board']);
    // every cell that was there is unchanged (the scores were saved as they were)
    before.forEach((line, r) => {
      line.forEach((cell, c) => {
        expect(sheet.data[r][c], `row ${r + 1} column ${c + 1}`).toEqual(cell);
      });
    });
    // the header cells and row 2 only
    expect(
      addon.book.writes.every((w) => w.row === 1 || w.row === 2),
      JSON.stringify(addon.book.writes),
    ).toBe(true);
  });

  it('reads and updates an existing role column, in Chinese, and keeps its text as text', () => {
    const rows = samplePipeline();
    rows[0].push('角色：内部支持者');
    rows.forEach((line, i) => {
      if (i > 0) line.push(i === 3 ? '王芳' : '');
    });
    const { addon, view } = open({ Pipeline: rows }, 4, 'zh');
    expect(view.roles).toEqual([{ header: '角色：内部支持者', value: '王芳' }]);
    // D-300's Checklist holds one of the eight items: the risk says so in Chinese
    expect(view.risk?.reasons).toContain('检查清单有未回答项');
    addon.call(
      'saveScorecard',
      save(view, {
        roles: [{ header: '角色：内部支持者', value: '+86 王芳；李雷', original: '王芳' }],
      }),
    );
    const sheet = addon.book.getSheetByName('Pipeline')!;
    // a leading "+" would make Sheets read a formula: it is kept as text
    expect(sheet.data[3][LAST]).toBe('+86 王芳；李雷');
    expect(sheet.data[0].length).toBe(LAST + 1);
  });

  it('refuses, writing nothing, when a teammate changed the role cell meanwhile', () => {
    const rows = samplePipeline();
    rows[0].push('Role: User');
    rows.forEach((line, i) => {
      if (i > 0) line.push('');
    });
    const { addon, view } = open({ Pipeline: rows }, 2);
    addon.book.getSheetByName('Pipeline')!.data[1][LAST] = 'Kim (analyst)';
    expect(() =>
      addon.call(
        'saveScorecard',
        save(view, { roles: [{ header: 'Role: User', value: 'Lee', original: '' }] }),
      ),
    ).toThrow(/changed this deal/);
    expect(addon.book.writes).toHaveLength(0);
    expect(addon.book.getSheetByName('Pipeline')!.data[1][LAST]).toBe('Kim (analyst)');
  });

  it('refuses a column that is not a role column', () => {
    const { addon, view } = open({ Pipeline: samplePipeline() }, 2);
    expect(() =>
      addon.call(
        'saveScorecard',
        save(view, { roles: [{ header: 'Notes', value: 'x', original: 'keep me' }] }),
      ),
    ).toThrow(/"Notes" is not a role column/);
    expect(addon.book.writes).toHaveLength(0);
  });
});

describe('mutual action plan tab', () => {
  const step = (
    s: string,
    owner: string,
    date: string,
    status: string,
    original: PlanRow | null,
  ) => ({
    step: s,
    owner,
    date,
    status,
    original,
  });

  it('makes the tab when missing, one row per deal and step, and keeps the pipeline tab active', () => {
    const { addon, view } = open({ Pipeline: samplePipeline() }, 2);
    expect(view.plan).toEqual([]);
    addon.call(
      'saveScorecard',
      save(view, {
        plan: [
          step('Technical deep-dive', 'Ana (SE)', '2026-11-30', 'In progress', null),
          step('Security review', '', '', '', null), // blank: no row
          step('Signature', 'Sam Wu (CFO)', '2026-12-15', 'Not started', null),
        ],
      }),
    );
    const tab = addon.book.getSheetByName('Mutual action plan')!;
    expect(tab.data).toEqual([
      ['Deal', 'Step', 'Owner', 'Date', 'Status', 'Notes'],
      ['D-100', 'Technical deep-dive', 'Ana (SE)', '2026-11-30', 'In progress', ''],
      ['D-100', 'Signature', 'Sam Wu (CFO)', '2026-12-15', 'Not started', ''],
    ]);
    expect(addon.book.getActiveSheet().getName()).toBe('Pipeline');
    // read back when the sidebar opens again
    addon.book.select('Pipeline', 2);
    expect(addon.call<View>('getScorecard').plan).toEqual([
      { step: 'Technical deep-dive', owner: 'Ana (SE)', date: '2026-11-30', status: 'In progress' },
      { step: 'Signature', owner: 'Sam Wu (CFO)', date: '2026-12-15', status: 'Not started' },
    ]);
  });

  it('makes the tab with Chinese headers for a Chinese user', () => {
    const { addon, view } = open({ Pipeline: samplePipeline() }, 2, 'zh');
    addon.call(
      'saveScorecard',
      save(view, { plan: [step('签约', '经济买家', '2026-12-15', '未开始', null)] }),
    );
    expect(addon.book.getSheetByName('双方行动计划')!.data).toEqual([
      ['交易', '步骤', '负责人', '日期', '状态', '备注'],
      ['D-100', '签约', '经济买家', '2026-12-15', '未开始', ''],
    ]);
  });

  it("updates a step's owner, date and status only: its Notes and other deals' rows stay", () => {
    const plan = [
      ['交易', '步骤', '负责人', '日期', '状态', '备注'],
      [
        'D-300',
        '法务与采购',
        '采购部张三',
        new Date('2026-11-20T00:00:00Z'),
        '进行中',
        '等合同模板',
      ],
      ['D-100', '法务与采购', 'Other deal', '', '', 'not this one'],
    ];
    const { addon, view } = open({ Pipeline: samplePipeline(), 双方行动计划: plan }, 4, 'zh');
    expect(view.plan).toEqual([
      { step: '法务与采购', owner: '采购部张三', date: '2026-11-20', status: '进行中' },
    ]);
    addon.call(
      'saveScorecard',
      save(view, {
        plan: [step('法务与采购', '采购部张三', '2026-11-27', '已完成', view.plan[0])],
      }),
    );
    const tab = addon.book.getSheetByName('双方行动计划')!;
    expect(tab.data[1].slice(0, 3)).toEqual(['D-300', '法务与采购', '采购部张三']);
    expect(tab.data[1].slice(3)).toEqual(['2026-11-27', '已完成', '等合同模板']);
    expect(tab.data[2]).toEqual(plan[2]);
    // the row's Owner, Date and Status cells (C:E) only; its Notes (F) are never written
    const planWrites = addon.book.writes.filter((w) => w.sheet === '双方行动计划');
    expect(planWrites.map((w) => [w.row, w.column])).toEqual([
      [2, 3],
      [2, 4],
      [2, 5],
    ]);
  });

  it('refuses, writing nothing, when a teammate changed the step meanwhile', () => {
    const plan = [
      ['Deal', 'Step', 'Owner', 'Date', 'Status'],
      ['D-100', 'Proposal', 'Me', '2026-12-01', 'Not started'],
    ];
    const { addon, view } = open({ Pipeline: samplePipeline(), 'Mutual action plan': plan }, 2);
    addon.book.getSheetByName('Mutual action plan')!.data[1][4] = 'Done';
    expect(() =>
      addon.call(
        'saveScorecard',
        save(view, { plan: [step('Proposal', 'Me', '2026-12-02', 'In progress', view.plan[0])] }),
      ),
    ).toThrow(/changed this deal/);
    expect(addon.book.writes).toHaveLength(0);
  });

  it('fills an empty plan tab the team made, header first', () => {
    const { addon, view } = open({ Pipeline: samplePipeline(), 'Mutual action plan': [] }, 2);
    addon.call(
      'saveScorecard',
      save(view, { plan: [step('Kickoff', 'CS + Dana', '2027-01-10', 'Not started', null)] }),
    );
    expect(addon.book.getSheetByName('Mutual action plan')!.data).toEqual([
      ['Deal', 'Step', 'Owner', 'Date', 'Status', 'Notes'],
      ['D-100', 'Kickoff', 'CS + Dana', '2027-01-10', 'Not started', ''],
    ]);
    expect(addon.book.sheets.map((sheet) => sheet.name)).toEqual([
      'Pipeline',
      'Mutual action plan',
    ]);
  });

  it('names the columns a plan tab of the team lacks, and writes nothing', () => {
    const plan = [['Deal', 'Step', 'Who']];
    const { addon, view } = open({ Pipeline: samplePipeline(), 'Mutual action plan': plan }, 2);
    expect(() =>
      addon.call(
        'saveScorecard',
        save(view, { plan: [step('Proposal', 'Me', '2026-12-02', 'Not started', null)] }),
      ),
    ).toThrow('The "Mutual action plan" tab needs these columns: Deal, Step, Owner, Date, Status');
    expect(addon.book.writes).toHaveLength(0);
  });

  it('refuses a new date that is not a day, naming it', () => {
    const { addon, view } = open({ Pipeline: samplePipeline() }, 2);
    expect(() =>
      addon.call(
        'saveScorecard',
        save(view, { plan: [step('Proposal', '', 'next week', '', null)] }),
      ),
    ).toThrow('saveScorecard: plan date "next week" must be YYYY-MM-DD');
    expect(addon.book.writes).toHaveLength(0);
  });
});

describe('exit criteria and risk in the scorecard', () => {
  it("reads the stage's exit criterion from the Stages tab", () => {
    const stages = [
      ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh', 'Exit criterion'],
      ['Discovery', 0.15, 'open', '', '', '', ''],
      ['Proposal', 0.5, 'open', '', '', '', 'Buyer signed off the business case'],
      ['Negotiation', 0.75, 'open', '', '', '', ''],
      ['Closed Won', 1, 'won', '', '', '', ''],
      ['Closed Lost', 0, 'lost', '', '', '', ''],
    ];
    const { addon, view } = open({ Pipeline: samplePipeline(), Stages: stages }, 2);
    expect(view.stage?.exitCriterion).toBe('Buyer signed off the business case');
    addon.book.select('Pipeline', 3);
    // a blank cell: the sidebar shows the playbook's criterion (stageExitCriterion)
    expect(addon.call<View>('getScorecard').stage?.exitCriterion).toBeUndefined();
  });

  it('writes the exit criterion column when setting up a Stages tab', () => {
    const addon = loadAddon({ sheets: { Deals: [['x']] } });
    addon.call('setUpPipelineSheet');
    const tab = addon.book.getSheetByName('Stages')!;
    expect(tab.data[0].slice(0, 7)).toEqual([
      'Name',
      'Probability',
      'Kind',
      'Aliases',
      'Average days',
      'Name zh',
      'Exit criterion',
    ]);
    // playbook §1: Proposal's exit criterion
    expect(tab.data[4][6]).toBe('Budget confirmed and decision process mapped');
    expect(tab.data[0][7]).toBe('As of');
  });

  it('counts the unanswered checklist items and the missing power in the risk', () => {
    // D-100: Proposal, economic buyer scored 1, Checklist blank
    const { view } = open({ Pipeline: samplePipeline() }, 2);
    expect(view.risk?.level).toBe('red');
    expect(view.risk?.reasons).toContain('No power: economic buyer not confirmed late in the deal');
    expect(view.risk?.reasons).toContain('Unanswered checklist items');
  });
});

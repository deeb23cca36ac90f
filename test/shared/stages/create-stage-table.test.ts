import { describe, expect, it } from 'vitest';
import {
  baseForecastCategory,
  createStageTable,
  DEFAULT_STAGE_TABLE,
  DEFAULT_STAGES,
  findStage,
  PlaybookError,
  parseStageTable,
  resolveStage,
  stageLabel,
} from '../../../shared/index';

describe('default stage table', () => {
  it('holds the seven playbook stages with their probabilities', () => {
    // playbook §1 stage table
    expect(DEFAULT_STAGES.map((s) => [s.name, s.probability, s.kind])).toEqual([
      ['Prospecting', 0.05, 'open'],
      ['Discovery', 0.15, 'open'],
      ['Evaluation', 0.3, 'open'],
      ['Proposal', 0.5, 'open'],
      ['Negotiation', 0.75, 'open'],
      ['Closed Won', 1, 'won'],
      ['Closed Lost', 0, 'lost'],
    ]);
    expect(DEFAULT_STAGE_TABLE.openStages.map((s) => s.name)).toEqual([
      'Prospecting',
      'Discovery',
      'Evaluation',
      'Proposal',
      'Negotiation',
    ]);
  });

  it.each([
    // playbook §1 aliases
    ['Won', 'Closed Won'],
    ['closed-won', 'Closed Won'],
    ['成交', 'Closed Won'],
    ['赢单', 'Closed Won'],
    ['LOST', 'Closed Lost'],
    ['Closed-Lost', 'Closed Lost'],
    ['失败', 'Closed Lost'],
    ['输单', 'Closed Lost'],
    ['Qualification', 'Discovery'],
    ['demo', 'Evaluation'],
    ['Contract', 'Negotiation'],
    [' closed   won ', 'Closed Won'],
    ['CLOSED_WON', 'Closed Won'],
    ['潜在客户开发', 'Prospecting'],
    ['谈判阶段', 'Negotiation'],
  ])('maps "%s" to %s', (input, expected) => {
    expect(findStage(DEFAULT_STAGE_TABLE, input)?.name).toBe(expected);
  });

  it('returns undefined for a name it does not know', () => {
    expect(findStage(DEFAULT_STAGE_TABLE, 'Pilot')).toBeUndefined();
  });

  it('names the unknown stage and the known ones when resolving', () => {
    expect(() => resolveStage(DEFAULT_STAGE_TABLE, 'Pilot', ' in row 4')).toThrow(
      'Unknown stage "Pilot" in row 4; expected one of: Prospecting, Discovery,',
    );
    expect(() => resolveStage(DEFAULT_STAGE_TABLE, 'Pilot')).toThrow(PlaybookError);
  });

  it('labels stages in English and Chinese', () => {
    expect(stageLabel(DEFAULT_STAGES[3], 'en')).toBe('Proposal');
    expect(stageLabel(DEFAULT_STAGES[3], 'zh')).toBe('提案阶段');
  });
});

describe('createStageTable', () => {
  it('replaces the default stages with a team table, sorted by order', () => {
    const table = createStageTable([
      { name: 'Signed', aliases: [], order: 3, probability: 1, kind: 'won' },
      { name: 'Intro', aliases: ['first call'], order: 1, probability: 0.1, kind: 'open' },
      { name: 'Pilot', aliases: [], order: 2, probability: 0.6, kind: 'open' },
    ]);
    expect(table.stages.map((s) => s.name)).toEqual(['Intro', 'Pilot', 'Signed']);
    expect(findStage(table, 'First Call')?.name).toBe('Intro');
    expect(findStage(table, 'Proposal')).toBeUndefined();
  });

  it('rejects a name that two stages claim', () => {
    expect(() =>
      createStageTable([
        { name: 'A', aliases: ['x'], order: 1, probability: 0.1, kind: 'open' },
        { name: 'B', aliases: ['X'], order: 2, probability: 0.2, kind: 'open' },
      ]),
    ).toThrow('"X" names both "A" and "B"');
  });

  it('rejects a probability outside 0..1 and an empty table', () => {
    expect(() =>
      createStageTable([{ name: 'A', aliases: [], order: 1, probability: 50, kind: 'open' }]),
    ).toThrow('probability of "A" must be between 0 and 1 (got 50)');
    expect(() => createStageTable([])).toThrow('at least one stage');
  });
});

describe('createStageTable with a team table that reuses playbook stage names', () => {
  // A Stages tab with the default names and its own probabilities.
  const team = createStageTable(
    parseStageTable(
      [
        ['Prospecting', '5%', 'open'],
        ['Discovery', '15%', 'open'],
        ['Evaluation', '30%', 'open'],
        ['Proposal', '50%', 'open'],
        ['Negotiation', '70%', 'open'],
        ['Closed Won', '100%', 'won'],
        ['Closed Lost', '0%', 'lost'],
      ],
      'Stages tab',
    ),
  );

  it('keeps the playbook base category of Negotiation at 70%', () => {
    // playbook §3: Negotiation → Commit, whatever probability the team sets
    expect(baseForecastCategory(resolveStage(team, 'Negotiation'))).toBe('commit');
    expect(baseForecastCategory(resolveStage(team, 'Proposal'))).toBe('bestCase');
    expect(baseForecastCategory(resolveStage(team, 'Evaluation'))).toBe('pipeline');
  });

  it.each([
    // playbook §1 aliases
    ['Won', 'Closed Won'],
    ['赢单', 'Closed Won'],
    ['Lost', 'Closed Lost'],
    ['Contract', 'Negotiation'],
    ['Demo', 'Evaluation'],
    ['Qualification', 'Discovery'],
    ['谈判阶段', 'Negotiation'],
  ])('still maps the alias "%s" to %s', (input, expected) => {
    expect(findStage(team, input)?.name).toBe(expected);
  });

  it('gives the stage its playbook Chinese name', () => {
    expect(stageLabel(resolveStage(team, 'Proposal'), 'zh')).toBe('提案阶段');
  });

  it('matches a default stage by one of its aliases and keeps the team name', () => {
    const table = createStageTable([
      { name: 'Demo', aliases: [], order: 1, probability: 0.2, kind: 'open' },
      { name: 'Won', aliases: [], order: 2, probability: 1, kind: 'won' },
    ]);
    expect(findStage(table, 'Evaluation')?.name).toBe('Demo');
    expect(baseForecastCategory(resolveStage(table, 'Demo'))).toBe('pipeline');
    expect(findStage(table, 'Closed-Won')?.name).toBe('Won');
    expect(stageLabel(resolveStage(table, 'Won'), 'zh')).toBe('成交阶段');
  });

  it('keeps what the team gave over the playbook values', () => {
    const table = createStageTable([
      {
        name: 'Negotiation',
        nameZh: '议价',
        aliases: ['Redlines'],
        order: 1,
        probability: 0.7,
        kind: 'open',
        forecast: 'bestCase',
      },
    ]);
    const stage = resolveStage(table, 'redlines');
    expect(stage.forecast).toBe('bestCase');
    expect(stage.nameZh).toBe('议价');
    // the given alias is kept and the playbook's alias still maps (§1)
    expect(findStage(table, 'Contract')?.name).toBe('Negotiation');
  });

  it('leaves a playbook alias to the team stage that claims it', () => {
    const table = createStageTable([
      { name: 'Negotiation', aliases: [], order: 1, probability: 0.7, kind: 'open' },
      { name: 'Legal', aliases: ['Contract'], order: 2, probability: 0.8, kind: 'open' },
    ]);
    expect(findStage(table, 'Contract')?.name).toBe('Legal');
    expect(baseForecastCategory(resolveStage(table, 'Legal'))).toBe('commit'); // 80% rule
  });

  it('inherits nothing for a stage of another kind', () => {
    const table = createStageTable([
      { name: 'Won', aliases: [], order: 1, probability: 0.9, kind: 'open' },
    ]);
    expect(findStage(table, 'Closed Won')).toBeUndefined();
    expect(resolveStage(table, 'Won').nameZh).toBeUndefined();
  });
});

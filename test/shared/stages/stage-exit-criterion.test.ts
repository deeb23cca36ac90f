import { describe, expect, it } from 'vitest';
import { createStageTable } from '../../../shared/stages/create-stage-table';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import { parseStageTable } from '../../../shared/stages/parse-stage-table';
import { stageExitCriterion } from '../../../shared/stages/stage-exit-criterion';

describe('stageExitCriterion', () => {
  it("gives the playbook's criterion of each default stage in both languages", () => {
    // playbook §1 stage table, exit criterion column
    expect(DEFAULT_STAGES.map((s) => stageExitCriterion(s, 'en'))).toEqual([
      'A meeting is booked',
      'Pain confirmed and the account fits the ICP',
      'Economic buyer identified and decision criteria known',
      'Budget confirmed and decision process mapped',
      'Verbal yes given and legal/procurement started',
      'Signed; revenue booked',
      'Loss reason recorded',
    ]);
    expect(stageExitCriterion(DEFAULT_STAGES[3], 'zh')).toBe('预算已确认，决策流程已梳理清楚');
  });

  it('reads a team criterion from the Stages tab and shows it as written', () => {
    const defs = parseStageTable(
      [
        ['Name', 'Probability', 'Kind', 'Exit criterion', 'Exit criterion zh'],
        ['Intro', 0.1, 'open', 'Buyer booked a second call', '买方约了第二次通话'],
        ['Proposal', 0.5, 'open', '', ''],
        ['Signed', 1, 'won', 'PO received', ''],
        ['Lost', 0, 'lost', '', ''],
      ],
      'Stages tab',
    );
    const table = createStageTable(defs);
    const [intro, proposal, signed] = table.stages;
    expect(stageExitCriterion(intro, 'en')).toBe('Buyer booked a second call');
    expect(stageExitCriterion(intro, 'zh')).toBe('买方约了第二次通话');
    // without a Chinese text the team's own words are shown in Chinese too
    expect(stageExitCriterion(signed, 'zh')).toBe('PO received');
    // a stage named like a playbook stage, with no criterion, keeps the playbook's
    expect(stageExitCriterion(proposal, 'en')).toBe('Budget confirmed and decision process mapped');
    expect(stageExitCriterion(proposal, 'zh')).toBe('预算已确认，决策流程已梳理清楚');
  });

  it("shows the playbook's default text in the reader's language, whichever language the tab holds", () => {
    const [proposal] = parseStageTable(
      [
        ['阶段', '概率', '类型', '推进标准'],
        ['提案阶段', 0.5, 'open', '预算已确认，决策流程已梳理清楚'],
      ],
      'Stages tab',
    );
    expect(stageExitCriterion(proposal, 'en')).toBe('Budget confirmed and decision process mapped');
  });

  it('skips a row whose only text is in a column of the team’s, such as a note left beside the table', () => {
    const defs = parseStageTable(
      [
        ['Name', 'Probability', 'Kind', 'Exit criterion', 'Owner notes'],
        ['Intro', 0.1, 'open', '', 'ask Kim'],
        ['', '', '', '', 'keep too'],
      ],
      'Stages tab',
    );
    expect(defs.map((d) => d.name)).toEqual(['Intro']);
    // a row that does hold table cells still has to be a stage
    expect(() =>
      parseStageTable(
        [
          ['Name', 'Probability', 'Kind'],
          ['', 0.5, 'open'],
        ],
        'Stages tab',
      ),
    ).toThrow('Stages tab: stage table row 2, column 1: stage name is blank');
  });

  it('is blank for a team stage without one', () => {
    const [intro] = parseStageTable([['Intro', 0.1, 'open']], 'Stages tab');
    expect(stageExitCriterion(intro, 'en')).toBe('');
  });
});

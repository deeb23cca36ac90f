import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';
import { samplePipeline } from '../harness/sample-pipeline';

const stage = (name: string, probability: number, kind: string, g: string) => [
  name,
  probability,
  kind,
  '',
  '',
  '',
  g,
];

function saveStages(stagesTab: unknown[][]) {
  const addon = loadAddon({ sheets: { Pipeline: samplePipeline(), Stages: stagesTab } });
  addon.call('saveSettings', {
    stages: [
      { name: 'Intro', probability: 0.2, kind: 'open' },
      { name: 'Won', probability: 1, kind: 'won' },
      { name: 'Lost', probability: 0, kind: 'lost' },
    ],
  });
  return addon.book.getSheetByName('Stages')!.data;
}

describe('the Stages tab exit criterion column when Settings rewrites the tab', () => {
  it('keeps the exit criterion a team wrote for a stage it keeps', () => {
    const tab = saveStages([
      ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh', 'Exit criterion'],
      stage('Intro', 0.1, 'open', 'Buyer booked a second call'),
      stage('Deal', 0.6, 'open', 'Pilot agreed'),
      stage('Won', 1, 'won', ''),
      stage('Lost', 0, 'lost', ''),
    ]);
    expect(tab[0][6]).toBe('Exit criterion');
    expect(tab[1].slice(0, 3)).toEqual(['Intro', 0.2, 'open']);
    expect(tab[1][6]).toBe('Buyer booked a second call');
    // blank cells stay blank: the scorecard shows the playbook's criterion for them
    expect(tab[2][6]).toBe('');
    expect(tab[3][6]).toBe('');
  });

  it('never writes over a column G the team uses for something else', () => {
    const tab = saveStages([
      ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh', 'Owner notes'],
      stage('Intro', 0.1, 'open', 'ask Kim'),
      stage('Deal', 0.6, 'open', 'review in Q1'),
      stage('Won', 1, 'won', 'keep'),
      stage('Lost', 0, 'lost', 'keep too'),
    ]);
    expect(tab[1].slice(0, 3)).toEqual(['Intro', 0.2, 'open']);
    expect(tab.map((row) => row[6])).toEqual([
      'Owner notes',
      'ask Kim',
      'review in Q1',
      'keep',
      'keep too',
    ]);
  });
});

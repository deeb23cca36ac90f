import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';
import { COL, samplePipeline } from '../harness/sample-pipeline';

interface StageView {
  name: string;
  nameZh?: string;
  aliases: string[];
  forecast?: string;
}

// A team's Stages tab with the playbook's names, its own probabilities and no
// Chinese names or aliases; D-100's stage is written with the alias "Contract".
function open() {
  const pipeline = samplePipeline();
  pipeline[1][COL.Stage - 1] = 'Contract';
  const addon = loadAddon({
    sheets: {
      Pipeline: pipeline,
      Stages: [
        ['Name', 'Probability', 'Kind'],
        ['Prospecting', 0.1, 'open'],
        ['Discovery', 0.2, 'open'],
        ['Evaluation', 0.3, 'open'],
        ['Proposal', 0.5, 'open'],
        ['Negotiation', 0.7, 'open'],
        ['Closed Won', 1, 'won'],
        ['Closed Lost', 0, 'lost'],
      ],
    },
    now: '2026-11-23T10:00:00Z',
  });
  addon.book.select('Pipeline', 2);
  return addon;
}

describe('the team stage table of the Stages tab', () => {
  it('keeps the playbook stage of the same name: Chinese name, aliases and forecast category', () => {
    const view = open().call<{ stage: StageView | null }>('getScorecard');
    // playbook §1: "Contract" is Negotiation; §3: Negotiation is Commit even at 70%
    expect(view.stage).toMatchObject({
      name: 'Negotiation',
      nameZh: '谈判阶段',
      forecast: 'commit',
    });
    expect(view.stage?.aliases).toContain('Contract');
  });
});

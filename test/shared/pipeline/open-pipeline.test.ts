import { describe, expect, it } from 'vitest';
import { openPipeline } from '../../../shared/pipeline/open-pipeline';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';

const [prospecting, , evaluation, proposal, , won, lost] = DEFAULT_STAGES;

describe('openPipeline', () => {
  it('sums the amounts of open deals only', () => {
    // hand calculation: 10,000 (Proposal) + 4,000 (Prospecting) + 6,000 (Evaluation) = 20,000;
    // the Closed Won 50,000 and Closed Lost 7,000 are not pipeline (playbook §4)
    const items = [
      { amount: 10_000, stage: proposal },
      { amount: 4_000, stage: prospecting },
      { amount: 6_000, stage: evaluation },
      { amount: 50_000, stage: won },
      { amount: 7_000, stage: lost },
    ];
    expect(openPipeline(items)).toBe(20_000);
  });

  it('counts a blank amount as 0', () => {
    expect(
      openPipeline([
        { amount: null, stage: proposal },
        { amount: 3_000, stage: proposal },
      ]),
    ).toBe(3_000);
  });

  it('is 0 for no deals', () => {
    expect(openPipeline([])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { noPower } from '../../../shared/risk/no-power';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import type { MeddpiccScore } from '../../../shared/types';

const [, discovery, evaluation, proposal, negotiation, won] = DEFAULT_STAGES;
const withEb = (eb: MeddpiccScore): MeddpiccScore[] => [3, eb, 3, 3, 3, 3, 3, 3];

describe('noPower', () => {
  it('is true for an economic buyer scored 2 or 1 at Proposal (50%) and Negotiation', () => {
    // playbook §1: Proposal 50%, Negotiation 75%; §2: 3 = confirmed
    expect(noPower(proposal, withEb(2))).toBe(true);
    expect(noPower(proposal, withEb(1))).toBe(true);
    expect(noPower(negotiation, withEb(2))).toBe(true);
  });

  it('is false for an economic buyer scored 3 at Proposal', () => {
    expect(noPower(proposal, withEb(3))).toBe(false);
  });

  it('is false at the stage before Proposal (Evaluation, 30%) and earlier', () => {
    expect(noPower(evaluation, withEb(2))).toBe(false);
    expect(noPower(discovery, withEb(1))).toBe(false);
  });

  it('is false for a closed deal and treats a missing score as 1', () => {
    expect(noPower(won, withEb(1))).toBe(false);
    expect(noPower(proposal, [3])).toBe(true);
  });

  it('follows a team stage by its probability', () => {
    const pilot = { name: 'Pilot', aliases: [], order: 4, probability: 0.6, kind: 'open' as const };
    expect(noPower(pilot, withEb(2))).toBe(true);
    expect(noPower({ ...pilot, probability: 0.45 }, withEb(2))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CLOSING_APPROACHES } from '../../../shared/content/closing';
import { DEAL_PLAYBOOK } from '../../../shared/content/deal-playbook';
import { DISCOUNT_DECISION_TREE } from '../../../shared/content/deal-desk';
import { playbookStageOf } from '../../../shared/content/playbook-stage-of';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';

describe('DEAL_PLAYBOOK', () => {
  it('has every title, intro and line in English and Chinese', () => {
    for (const topic of DEAL_PLAYBOOK) {
      const texts = [
        topic.title,
        ...(topic.intro ? [topic.intro] : []),
        ...topic.blocks.flatMap((b) => [...(b.heading ? [b.heading] : []), ...b.lines]),
      ];
      for (const text of texts) {
        expect(text.en.trim(), topic.id).not.toBe('');
        // Chinese text has Han characters, so an English copy in the zh slot fails
        expect(text.zh, `${topic.id}: ${text.en}`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('keeps the numbers of the playbook', () => {
    const text = (id: string) => JSON.stringify(DEAL_PLAYBOOK.find((t) => t.id === id));
    // §6: four sources of precise customers, referrals ask for 2-3 names
    const precise = DEAL_PLAYBOOK.find((t) => t.id === 'preciseCustomers')!;
    expect(precise.blocks[0].lines).toHaveLength(4);
    expect(precise.blocks[0].lines[1].en).toContain('2-3 names');
    expect(precise.blocks[1].lines).toHaveLength(5);
    expect(
      DEAL_PLAYBOOK.find((t) => t.id === 'conversionPrinciples')!.blocks[0].lines,
    ).toHaveLength(6);
    // §5: the 20% ceiling; §7: the tier-1 days
    expect(text('negotiationRules')).toContain('20%');
    expect(text('coldEmails')).toContain('day 1 personalised email, day 3 value email, day 7');
    expect(text('discoveryCall')).toContain('at most 30%');
  });

  it('closes a pilot in 14 days, nowhere 30', () => {
    const pilot = CLOSING_APPROACHES.find((c) => c.approach === 'pilot')!;
    expect(pilot.example.en).toContain('14-day pilot');
    expect(pilot.example.zh).toContain('试点14天');
    expect(JSON.stringify(CLOSING_APPROACHES)).not.toMatch(/30/);
  });

  it('asks the discount questions in the order discountDecision does', () => {
    expect(DISCOUNT_DECISION_TREE.map((s) => s.id)).toEqual([
      'budget',
      'strategic',
      'competitivePressure',
    ]);
  });
});

describe('playbookStageOf', () => {
  it('maps each playbook stage to itself', () => {
    expect(DEFAULT_STAGES.map(playbookStageOf)).toEqual(DEFAULT_STAGES.map((s) => s.name));
  });

  it('maps a team stage by its name, alias or Chinese name, else by kind or nearest probability', () => {
    const stage = (name: string, probability: number, kind: 'open' | 'won' | 'lost' = 'open') => ({
      name,
      aliases: [] as string[],
      order: 1,
      probability,
      kind,
    });
    expect(playbookStageOf(stage('Demo', 0.9))).toBe('Evaluation'); // §1 alias Demo → Evaluation
    expect(playbookStageOf({ ...stage('Angebot', 0.5), nameZh: '提案阶段' })).toBe('Proposal');
    expect(playbookStageOf(stage('Signed', 1, 'won'))).toBe('Closed Won');
    expect(playbookStageOf(stage('Dropped', 0, 'lost'))).toBe('Closed Lost');
    // 35% is nearer Evaluation (30%) than Proposal (50%); 60% nearer Proposal than Negotiation (75%)
    expect(playbookStageOf(stage('Pilot', 0.35))).toBe('Evaluation');
    expect(playbookStageOf(stage('Shortlist', 0.6))).toBe('Proposal');
    expect(playbookStageOf(stage('Lead', 0))).toBe('Prospecting');
  });
});

import { describe, expect, it } from 'vitest';
import { createStageTable } from '../../../shared/stages/create-stage-table';
import { CRM_VOCABULARIES } from '../../../shared/stages/crm-vocabularies';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';
import { findStage } from '../../../shared/stages/find-stage';

/** Case, spaces and every punctuation mark removed: stricter than the stage index. */
const strictKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const namesOf = (stage: { name: string; nameZh?: string; aliases: readonly string[] }) => [
  stage.name,
  ...(stage.nameZh ? [stage.nameZh] : []),
  ...stage.aliases,
];

const vocabulary = (id: string) => {
  const found = CRM_VOCABULARIES.find((v) => v.id === id);
  if (!found) throw new Error(`no vocabulary ${id}`);
  return found;
};

const probabilityOf = (id: string, stage: string) =>
  findStage(createStageTable(vocabulary(id).stages), stage)?.probability;

describe('CRM stage vocabularies', () => {
  it('lists the five vocabularies in order', () => {
    expect(CRM_VOCABULARIES.map((v) => v.id)).toEqual([
      'salesforce',
      'hubspot',
      'pipedrive',
      'zoho',
      'chinese',
    ]);
  });

  describe.each(CRM_VOCABULARIES.map((v) => [v.id, v] as const))('%s', (_id, vocab) => {
    it('builds a stage table', () => {
      expect(() => createStageTable(vocab.stages)).not.toThrow();
    });

    it('numbers its stages 1..n with open stages first', () => {
      expect(vocab.stages.map((s) => s.order)).toEqual(vocab.stages.map((_, i) => i + 1));
      const kinds = vocab.stages.map((s) => s.kind);
      const firstClosed = kinds.findIndex((k) => k !== 'open');
      expect(kinds.slice(firstClosed).every((k) => k !== 'open')).toBe(true);
    });

    it('has exactly one won stage and at least one lost stage', () => {
      expect(vocab.stages.filter((s) => s.kind === 'won')).toHaveLength(1);
      expect(vocab.stages.filter((s) => s.kind === 'lost').length).toBeGreaterThanOrEqual(1);
    });

    it('gives open stages a forecast category and closed stages none', () => {
      for (const stage of vocab.stages) {
        if (stage.kind === 'open') expect(stage.forecast).toBeDefined();
        else expect(stage.forecast).toBeUndefined();
      }
    });

    it('never lets two stages share a name, even ignoring punctuation', () => {
      const owner = new Map<string, string>();
      for (const stage of vocab.stages) {
        for (const name of namesOf(stage)) {
          const key = strictKey(name);
          const other = owner.get(key);
          expect(other === undefined || other === stage.name, `${name}: ${other}`).toBe(true);
          owner.set(key, stage.name);
        }
      }
    });

    it('claims no playbook stage name other than the won, lost and first two', () => {
      const allowed = new Set(
        [
          ...DEFAULT_STAGES.filter((s) => s.kind !== 'open').flatMap(namesOf),
          'Prospecting',
          'Qualification',
        ].map(strictKey),
      );
      const playbook = new Set(DEFAULT_STAGES.flatMap(namesOf).map(strictKey));
      for (const name of vocab.stages.flatMap(namesOf)) {
        const key = strictKey(name);
        if (playbook.has(key)) expect(allowed.has(key), name).toBe(true);
      }
    });
  });

  it('has the Salesforce defaults', () => {
    // Salesforce OpportunityStage defaults for a new org (see the source comment).
    expect(probabilityOf('salesforce', 'Prospecting')).toBe(0.1);
    expect(probabilityOf('salesforce', 'Value Proposition')).toBe(0.5);
    expect(probabilityOf('salesforce', 'Identify Decision Makers')).toBe(0.6);
    expect(probabilityOf('salesforce', 'Proposal/Price Quote')).toBe(0.75);
    expect(probabilityOf('salesforce', 'negotiation/review')).toBe(0.9);
    expect(findStage(createStageTable(vocabulary('salesforce').stages), 'Closed Won')?.kind).toBe(
      'won',
    );
  });

  it('has the HubSpot defaults and reads stage ids', () => {
    // https://hublead.io/blog/hubspot-deal-stages: 20, 40, 60, 80, 90, 100, 0.
    expect(probabilityOf('hubspot', 'Appointment Scheduled')).toBe(0.2);
    expect(probabilityOf('hubspot', 'qualifiedtobuy')).toBe(0.4);
    expect(probabilityOf('hubspot', 'decisionmakerboughtin')).toBe(0.8);
    expect(probabilityOf('hubspot', 'Contract Sent')).toBe(0.9);
    expect(findStage(createStageTable(vocabulary('hubspot').stages), 'closedlost')?.kind).toBe(
      'lost',
    );
  });

  it('has the Pipedrive stages, old names included', () => {
    // Pipedrive ships every stage at 100%; the vocabulary takes the playbook's figures.
    const table = createStageTable(vocabulary('pipedrive').stages);
    expect(findStage(table, 'Lead In')?.name).toBe('Qualified');
    expect(findStage(table, 'Needs Defined')?.name).toBe('Demo Scheduled');
    expect(findStage(table, 'Proposal Made')?.probability).toBe(0.5);
    expect(findStage(table, 'Negotiations Started')?.forecast).toBe('commit');
    expect(findStage(table, 'won')?.kind).toBe('won');
  });

  it('has the Zoho defaults, with two lost stages', () => {
    // Zoho CRM Stage-Probability Mapping defaults (see the source comment).
    expect(probabilityOf('zoho', 'Qualification')).toBe(0.1);
    expect(probabilityOf('zoho', 'Value Proposition')).toBe(0.4);
    expect(probabilityOf('zoho', 'Identify Decision Makers')).toBe(0.6);
    expect(probabilityOf('zoho', 'Negotiation/Review')).toBe(0.9);
    const table = createStageTable(vocabulary('zoho').stages);
    expect(findStage(table, 'Closed-Lost to Competition')?.kind).toBe('lost');
    expect(findStage(table, 'Closed Lost to Competition')?.kind).toBe('lost');
  });

  it('has the Chinese stages with 一三五七十 probabilities', () => {
    // https://news.dyq.cn/show-23713.html: 10%, 30%, 50%, 70%, 100%.
    expect(probabilityOf('chinese', '初步接洽')).toBe(0.1);
    expect(probabilityOf('chinese', '需求确定')).toBe(0.3);
    expect(probabilityOf('chinese', '方案/报价')).toBe(0.5);
    expect(probabilityOf('chinese', '谈判审核')).toBe(0.7);
    const table = createStageTable(vocabulary('chinese').stages);
    expect(findStage(table, '赢单')?.kind).toBe('won');
    expect(findStage(table, '丢单')?.name).toBe('Lost');
    expect(findStage(table, '无效')?.kind).toBe('lost');
    // WukongCRM's first stage name
    expect(findStage(table, '验证客户')?.name).toBe('Initial Contact');
    for (const stage of vocabulary('chinese').stages) expect(stage.nameZh).toBeTruthy();
  });
});

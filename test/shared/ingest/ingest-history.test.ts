import { describe, expect, it } from 'vitest';
import { ingestHistory } from '../../../shared/ingest/ingest-history';

// 2026-01-01 is day 20454 (hand calculation in parse-day.test.ts).
const JAN_1_2026 = 20454;

describe('ingestHistory', () => {
  it('reads deal, stage and entered date from CSV', () => {
    const result = ingestHistory(
      'Deal ID,To Stage,Entered\nD1,Demo,2026-01-01\nD1,Won,2026-01-09\n',
    );
    expect(result.entries).toEqual([
      { dealId: 'D1', stage: 'Evaluation', entered: JAN_1_2026 },
      { dealId: 'D1', stage: 'Closed Won', entered: JAN_1_2026 + 8 },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reads Chinese headers from a sheet range', () => {
    const result = ingestHistory([
      ['商机编号', '阶段', '进入日期'],
      ['D2', '提案阶段', new Date(2026, 0, 1)],
    ]);
    expect(result.entries).toEqual([{ dealId: 'D2', stage: 'Proposal', entered: JAN_1_2026 }]);
  });

  it('reports bad rows with row and column and keeps the good ones', () => {
    const result = ingestHistory([
      ['deal', 'stage', 'date'],
      ['D1', 'Demo', '2026-01-01'],
      ['D1', 'Pilot', '2026-01-02'],
      ['', 'Demo', '2026-01-02'],
      ['D2', 'Demo', ''],
      ['', '', ''],
      ['D3', 'Won', 'later'],
    ]);
    expect(result.entries.map((e) => e.dealId)).toEqual(['D1']);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'stage'],
      [4, 'deal'],
      [5, 'date'],
      [7, 'date'],
    ]);
  });

  it('detects the slash-date order and fills earlier ambiguous dates', () => {
    const result = ingestHistory('deal,stage,entered\nD1,Demo,02/01/2026\nD1,Won,20/01/2026\n');
    expect(result.dateOrder).toBe('DMY');
    expect(result.entries.map((e) => e.entered)).toEqual([JAN_1_2026 + 1, JAN_1_2026 + 19]);
  });

  it('takes an explicit column mapping', () => {
    const result = ingestHistory('Opp,Status,When\nD1,Demo,2026-01-01\n', {
      columns: { dealId: 'Opp', stage: 'Status', entered: 'When' },
    });
    // playbook §1: Demo is an alias of Evaluation
    expect(result.entries).toEqual([{ dealId: 'D1', stage: 'Evaluation', entered: JAN_1_2026 }]);
    expect(result.errors).toEqual([]);
  });

  it('throws naming the missing columns and the headers found', () => {
    expect(() => ingestHistory('deal,stage\nD1,Demo\n')).toThrow(
      'ingestHistory: no entered column found (a stage history needs deal, stage and entered date); headers found: deal, stage',
    );
    expect(() => ingestHistory([])).toThrow(/empty/);
  });
});

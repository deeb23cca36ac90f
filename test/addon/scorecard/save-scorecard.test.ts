import { describe, expect, it } from 'vitest';
import { loadAddon } from '../harness/load-addon';
import { COL, samplePipeline } from '../harness/sample-pipeline';

interface View {
  row: number;
  key: { field: string; value: string };
  scores: number[];
  notes: string[];
  original: string[];
  checklist: string[] | null;
  name: string;
  stage: { name: string } | null;
  risk: { level: string; reasons: string[] } | null;
}

function open(row: number) {
  const addon = loadAddon({ sheets: { Pipeline: samplePipeline() }, now: '2026-11-23T10:00:00Z' });
  addon.book.select('Pipeline', row);
  return { addon, view: addon.call<View>('getScorecard') };
}

const SCORE_COLS = [
  COL.Metrics,
  COL['Economic buyer'],
  COL['Decision criteria'],
  COL['Decision process'],
  COL['Paper process'],
  COL['Identify pain'],
  COL.Champion,
  COL.Competition,
];

describe('getScorecard', () => {
  it('reads the selected deal: key, scores (blank = 1), stage and risk', () => {
    const { view } = open(3);
    expect(view.key).toEqual({ field: 'id', value: 'D-200' });
    expect(view.name).toBe('Beta pilot');
    expect(view.scores).toEqual([1, 1, 1, 1, 1, 1, 1, 1]); // playbook §2: blank counts as 1
    expect(view.stage?.name).toBe('Discovery');
    expect(view.checklist).toEqual([]);
    expect(view.risk?.reasons).toContain('No next step');
  });

  it('asks for a deal row when the header is selected', () => {
    const addon = loadAddon({ sheets: { Pipeline: samplePipeline() } });
    addon.book.select('Pipeline', 1);
    expect(() => addon.call('getScorecard')).toThrow(/Select a cell in a deal row/);
  });
});

describe('saveScorecard', () => {
  const input = (view: View, scores: number[]) => ({
    key: view.key,
    scores,
    notes: ['ROI model agreed', '', '', '', '', '', 'Dana (VP Ops)', ''],
    original: view.original,
    checklist: ['championIdentified', 'economicBuyerMet'],
  });

  it('writes to the right deal after a teammate re-sorted the rows', () => {
    const { addon, view } = open(3); // D-200 is in row 3 when the sidebar opens
    const sheet = addon.book.getSheetByName('Pipeline')!;
    sheet.sortRows(COL.Account, false); // Gamma, Delta, Beta, Acme: D-200 moves to row 4
    expect(sheet.data[3][0]).toBe('D-200');
    const saved = addon.call<{ row: number; total: number }>(
      'saveScorecard',
      input(view, [3, 2, 2, 1, 1, 3, 3, 2]),
    );
    expect(saved.row).toBe(4);
    expect(saved.total).toBe(17); // hand calculation: 3+2+2+1+1+3+3+2
    expect(SCORE_COLS.map((c) => sheet.data[3][c - 1])).toEqual([3, 2, 2, 1, 1, 3, 3, 2]);
    expect(sheet.notes.get(`4,${COL.Metrics}`)).toBe('ROI model agreed');
    expect(sheet.data[3][COL.Checklist - 1]).toBe('Champion identified; Economic buyer met');
    // the deal that moved into row 3 (Delta, D-400) and the others are untouched
    expect(sheet.data[2][0]).toBe('D-400');
    expect(addon.book.writes.every((w) => w.row === 4)).toBe(true);
  });

  it('writes nothing outside the mapped score and checklist columns, and holds the document lock', () => {
    const { addon, view } = open(2);
    addon.call('saveScorecard', input(view, [3, 3, 3, 3, 3, 3, 3, 3]));
    const allowed = new Set([...SCORE_COLS, COL.Checklist]);
    expect(addon.book.writes.length).toBeGreaterThan(0);
    for (const w of addon.book.writes) {
      expect(w.sheet).toBe('Pipeline');
      expect(w.row).toBe(2);
      for (let c = w.column; c < w.column + w.columns; c++)
        expect(allowed.has(c), `column ${c}`).toBe(true);
    }
    expect(addon.book.getSheetByName('Pipeline')!.data[1][COL.Notes - 1]).toBe('keep me');
    expect(addon.lockLog[0]).toMatch(/^wait /);
    expect(addon.lockLog.at(-1)).toBe('release');
  });

  it('refuses, writing nothing, when the deal was deleted meanwhile', () => {
    const { addon, view } = open(3);
    const sheet = addon.book.getSheetByName('Pipeline')!;
    sheet.data.splice(2, 1);
    expect(() => addon.call('saveScorecard', input(view, [2, 2, 2, 2, 2, 2, 2, 2]))).toThrow(
      'Deal "D-200" is no longer in the sheet; nothing was saved.',
    );
    expect(addon.book.writes).toHaveLength(0);
    expect(addon.lockLog.at(-1)).toBe('release');
  });

  it('refuses when a teammate changed the scores since the sidebar opened', () => {
    const { addon, view } = open(2);
    addon.book.getSheetByName('Pipeline')!.data[1][COL.Metrics - 1] = 3;
    expect(() => addon.call('saveScorecard', input(view, [2, 2, 2, 2, 2, 2, 2, 2]))).toThrow(
      /changed this deal/,
    );
    expect(addon.book.writes).toHaveLength(0);
  });

  it("keeps the Checklist cell's own text next to the ticked items", () => {
    const { addon, view } = open(3);
    const sheet = addon.book.getSheetByName('Pipeline')!;
    sheet.data[2][COL.Checklist - 1] = 'Champion identified; waiting on legal';
    const reopened = addon.call<View & { checklistText: string }>('getScorecard');
    expect(reopened.checklist).toEqual(['championIdentified']);
    expect(reopened.checklistText).toBe('Champion identified; waiting on legal');
    const saved = addon.call<{ checklistText: string }>('saveScorecard', {
      ...input(reopened, [2, 2, 2, 2, 2, 2, 2, 2]),
      originalChecklist: reopened.checklistText,
    });
    // the labels in playbook order, then the text that is not a checklist label
    expect(sheet.data[2][COL.Checklist - 1]).toBe(
      'Champion identified; Economic buyer met; waiting on legal',
    );
    expect(saved.checklistText).toBe(sheet.data[2][COL.Checklist - 1]);
    expect(view.row).toBe(3);
  });

  it('refuses when a teammate changed the Checklist cell since the sidebar opened', () => {
    const { addon, view } = open(2);
    const sheet = addon.book.getSheetByName('Pipeline')!;
    sheet.data[1][COL.Checklist - 1] = 'Mutual plan agreed; call back Friday';
    expect(() =>
      addon.call('saveScorecard', {
        ...input(view, [2, 2, 2, 2, 2, 2, 2, 2]),
        originalChecklist: (view as View & { checklistText: string }).checklistText,
      }),
    ).toThrow(/changed this deal/);
    expect(addon.book.writes).toHaveLength(0);
    expect(sheet.data[1][COL.Checklist - 1]).toBe('Mutual plan agreed; call back Friday');
  });

  it('rejects a score outside 1-3 before taking the lock', () => {
    const { addon, view } = open(2);
    expect(() => addon.call('saveScorecard', input(view, [4, 2, 2, 2, 2, 2, 2, 2]))).toThrow(
      /column 1 must be 1, 2 or 3/,
    );
    expect(addon.book.writes).toHaveLength(0);
  });
});

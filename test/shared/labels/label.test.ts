import { describe, expect, it } from 'vitest';
import { label } from '../../../shared/labels/label';
import type { LabelKey } from '../../../shared/labels/label-key';
import { LABELS_EN } from '../../../shared/labels/labels-en';
import { LABELS_ZH } from '../../../shared/labels/labels-zh';
import { MEDDPICC_ELEMENTS } from '../../../shared/meddpicc/meddpicc-elements';
import { FORECAST_CATEGORIES } from '../../../shared/forecast/forecast-order';

describe('label', () => {
  it('gives the MEDDPICC bands in both languages', () => {
    // playbook §2 band table
    expect(label('band.strong', 'en')).toBe('Strong');
    expect(label('band.strong', 'zh')).toBe('强');
    expect(label('band.gaps', 'en')).toBe('Gaps');
    expect(label('band.gaps', 'zh')).toBe('有缺口');
    expect(label('band.atRisk', 'en')).toBe('At risk');
    expect(label('band.atRisk', 'zh')).toBe('有风险');
    expect(label('band.unqualified', 'en')).toBe('Unqualified');
    expect(label('band.unqualified', 'zh')).toBe('不合格');
  });

  it('gives the eight MEDDPICC elements with the playbook Chinese names', () => {
    // playbook §2: element names in English and Chinese, in order
    const en = MEDDPICC_ELEMENTS.map((e) => label(`element.${e}`, 'en'));
    const zh = MEDDPICC_ELEMENTS.map((e) => label(`element.${e}`, 'zh'));
    expect(en).toEqual([
      'Metrics',
      'Economic buyer',
      'Decision criteria',
      'Decision process',
      'Paper process',
      'Identify pain',
      'Champion',
      'Competition',
    ]);
    expect(zh).toEqual([
      '量化指标',
      '经济买家',
      '决策标准',
      '决策流程',
      '采购流程',
      '痛点',
      '内部支持者',
      '竞争',
    ]);
  });

  it('gives the forecast categories with the playbook Chinese names', () => {
    // playbook §3 category names
    const en = FORECAST_CATEGORIES.map((c) => label(`forecast.${c}`, 'en'));
    const zh = FORECAST_CATEGORIES.map((c) => label(`forecast.${c}`, 'zh'));
    expect(en).toEqual(['Commit', 'Best Case', 'Pipeline', 'Upside', 'Closed', 'Omitted']);
    expect(zh).toEqual(['肯定会成交', '最佳情况', '待成交', '可能性较低', '已成交', '已排除']);
  });

  it('gives risk levels and UI words in both languages', () => {
    expect(label('risk.red', 'en')).toBe('Red');
    expect(label('risk.red', 'zh')).toBe('红');
    expect(label('weightedPipeline', 'en')).toBe('Weighted pipeline');
    expect(label('winRate', 'zh')).toBe('成交率');
  });

  it('has a non-empty English and Chinese text for every key, and the same keys in both', () => {
    const enKeys = Object.keys(LABELS_EN).sort();
    const zhKeys = Object.keys(LABELS_ZH).sort();
    expect(zhKeys).toEqual(enKeys);
    for (const key of enKeys as LabelKey[]) {
      expect(LABELS_EN[key].trim(), key).not.toBe('');
      expect(LABELS_ZH[key].trim(), key).not.toBe('');
    }
  });

  it('writes the Chinese labels in Chinese (at least one CJK character) except brand names', () => {
    // MEDDPICC is a name and reads the same in both languages
    const sameInBoth = new Set(['meddpicc']);
    for (const key of Object.keys(LABELS_ZH) as LabelKey[]) {
      if (sameInBoth.has(key)) continue;
      expect(LABELS_ZH[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('makes a label table without every key a type error', () => {
    // checked by `tsc -p test`: the tables are typed as a full record of LabelKey
    // @ts-expect-error a table that misses keys does not compile
    const partial: Readonly<Record<LabelKey, string>> = { total: '总计' };
    expect(Object.keys(partial)).toEqual(['total']);
  });

  it('has eight self-assessment questions', () => {
    // playbook §9: eight questions
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
      expect(label(`question.${n}`, 'en')).toMatch(/\?$/);
      expect(label(`question.${n}`, 'zh')).toMatch(/？$/);
    }
  });
});

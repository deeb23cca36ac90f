import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDON_TEXT } from '../../../shared/content/addon-text';
import { SHEET_TEXT } from '../../../shared/content/sheet-text';
import { LABELS_ZH } from '../../../shared/labels/labels-zh';
import { MESSAGES_ZH, WORDS_ZH } from '../../../shared/labels/messages-zh';
import { PROFILE_LABEL_TEXTS } from '../../../shared/labels/profile-label-texts';

/**
 * One Chinese term per concept, the one the playbook's Chinese source uses. Each
 * entry: the chosen term and the variants that must not appear next to it.
 */
const TERMS: readonly (readonly [chosen: string, rejected: readonly string[]])[] = [
  ['成交率', ['赢单率', '赢率']], // win rate (and 赢率, once used for probability too)
  ['成交概率', ['赢率']], // a stage's win probability
  ['多线程', ['多线联系', '多线接触']], // multi-threading
  ['一级客户 / 二级客户 / 三级客户', ['第一层', '第二层', '第三层', '一级账户']], // account tiers
  ['交易', ['商机']], // deal
  ['每周销售流程回顾', ['每周复盘', '每周管道回顾']], // weekly pipeline review
  ['双方行动计划', ['共同行动计划', '相互行动计划']], // mutual action plan
  ['精准客户', ['准确客户', '精确客户']], // precise customer
];

/** Every Chinese text of the label tables, the add-on texts and the Worker's messages. */
const CHINESE: readonly [where: string, text: string][] = [
  ...Object.entries(LABELS_ZH).map(([key, text]) => [`LABELS_ZH.${key}`, text] as [string, string]),
  ...Object.entries(ADDON_TEXT).map(
    ([key, text]) => [`ADDON_TEXT.${key}`, text.zh] as [string, string],
  ),
  ...Object.entries(SHEET_TEXT).map(
    ([key, text]) => [`SHEET_TEXT.${key}`, text.zh] as [string, string],
  ),
  ...Object.entries(PROFILE_LABEL_TEXTS).map(
    ([key, [, text]]) => [`PROFILE_LABEL_TEXTS.${key}`, text] as [string, string],
  ),
  ...MESSAGES_ZH.map(([english, text]) => [`MESSAGES_ZH "${english}"`, text] as [string, string]),
  ...Object.entries(WORDS_ZH).map(([key, text]) => [`WORDS_ZH.${key}`, text] as [string, string]),
];

const ROOT = new URL('../../..', import.meta.url).pathname;

/**
 * Files that hold words as other software writes them, not as we write them:
 * the column names and stage names of Chinese CRMs' exports (商机, 赢率), which
 * the reader must keep recognising.
 */
const INPUT_VOCABULARIES = new Set([
  'shared/ingest/deal-column-aliases.ts',
  'shared/ingest/ingest-history.ts',
  'shared/stages/crm-vocabularies.ts',
]);

/** Every TypeScript source a user's text can come from: add-on, sidebars, Worker, page, shared. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !INPUT_VOCABULARIES.has(path) ? [path] : [];
  });
}

describe('Chinese terminology', () => {
  it('is the same in every source file: sidebars, the report page and the Worker too', () => {
    const files = ['shared', 'addon/src', 'worker/src', 'worker/page'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(200);
    const found = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          TERMS.some(([, rejected]) => rejected.some((word) => line.includes(word)))
            ? [`${file}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });

  it('scans a few hundred texts', () => {
    // a scan of an empty table would pass whatever it held
    expect(CHINESE.length).toBeGreaterThan(300);
  });

  for (const [chosen, rejected] of TERMS) {
    it(`says ${chosen}, never ${rejected.join(' or ')}`, () => {
      const found = CHINESE.filter(([, text]) => rejected.some((word) => text.includes(word)));
      expect(found.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    });
  }

  it('uses the chosen terms where the concepts appear', () => {
    expect(LABELS_ZH.winRate).toBe('成交率');
    expect(LABELS_ZH.probability).toBe('成交概率');
    expect(LABELS_ZH['checklist.multiThreaded']).toBe('多线程');
    expect([LABELS_ZH['tier.1'], LABELS_ZH['tier.2'], LABELS_ZH['tier.3']]).toEqual([
      '一级客户',
      '二级客户',
      '三级客户',
    ]);
    expect(LABELS_ZH.deal).toBe('交易');
    expect(LABELS_ZH.weeklyReview).toBe('每周销售流程回顾');
    expect(ADDON_TEXT.actionPlan.zh).toBe('双方行动计划');
  });
});

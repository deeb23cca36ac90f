import { describe, expect, it } from 'vitest';
import { MESSAGES_ZH } from '../../../shared/labels/messages-zh';
import { READER_MESSAGES_ZH } from '../../../shared/labels/reader-messages-zh';
import { STAGE_TABLE_MESSAGES_ZH } from '../../../shared/labels/stage-table-messages-zh';
import { translateMessage } from '../../../shared/labels/translate-message';

describe('the Chinese templates a bundle can carry on their own', () => {
  it('are part of the whole table, in the same order', () => {
    for (const subset of [READER_MESSAGES_ZH, STAGE_TABLE_MESSAGES_ZH]) {
      const start = MESSAGES_ZH.indexOf(subset[0]);
      expect(start).toBeGreaterThan(-1);
      expect(MESSAGES_ZH.slice(start, start + subset.length)).toEqual(subset);
    }
  });

  it('translate with the table given, and only with it', () => {
    // '"{v}" is not a number' → '"{v}" 不是数字' (a reader template)
    expect(translateMessage('"abc" is not a number', 'zh', READER_MESSAGES_ZH)).toBe(
      '"abc" 不是数字',
    );
    expect(translateMessage('"abc" is not a number', 'zh', STAGE_TABLE_MESSAGES_ZH)).toBe(
      '"abc" is not a number',
    );
    // 'Stage table: ' is a prefix word, translated with the message after it
    expect(
      translateMessage('Stage table: at least one stage is needed', 'zh', STAGE_TABLE_MESSAGES_ZH),
    ).toBe('阶段表：至少需要一个阶段');
    // the whole table stays the default
    expect(translateMessage('Not found', 'zh')).toBe('未找到');
    expect(translateMessage('Not found', 'en', READER_MESSAGES_ZH)).toBe('Not found');
  });
});

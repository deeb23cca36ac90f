import { describe, expect, it } from 'vitest';
import { currencyCode, mergeSharedSymbols } from '../../../shared/ingest/currency-code';
import { readStatus } from '../../../shared/ingest/read-status';

describe('currencyCode', () => {
  it('names the ISO 4217 code of a symbol, word or code', () => {
    expect(currencyCode('€')).toBe('EUR');
    expect(currencyCode('元')).toBe('CNY');
    expect(currencyCode('RMB')).toBe('CNY');
    expect(currencyCode('HK$')).toBe('HKD');
    expect(currencyCode('usd')).toBe('USD');
  });

  it('keeps a symbol several currencies share, and refuses what names none', () => {
    expect(currencyCode('$')).toBe('$');
    expect(currencyCode('￥')).toBe('¥');
    expect(currencyCode('dollars')).toBeUndefined();
  });
});

describe('mergeSharedSymbols', () => {
  it('folds a shared symbol into the one code beside it, and only then', () => {
    expect([...mergeSharedSymbols(['$', 'USD'])]).toEqual([
      ['$', 'USD'],
      ['USD', 'USD'],
    ]);
    expect(mergeSharedSymbols(['$', 'USD', 'CAD']).get('$')).toBe('$');
    expect(mergeSharedSymbols(['¥', 'EUR']).get('¥')).toBe('¥');
  });
});

describe('readStatus', () => {
  it("reads Pipedrive's and Chinese CRMs' status words as a stage kind", () => {
    expect(readStatus('Won')).toBe('won');
    expect(readStatus('lost')).toBe('lost');
    expect(readStatus('Open')).toBe('open');
    expect(readStatus('赢单')).toBe('won');
    expect(readStatus('deleted')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../shared/ingest/parse-amount';
import { PlaybookError } from '../../../shared/types';

describe('parseAmount', () => {
  it('passes numbers through and reads plain numeric text', () => {
    expect(parseAmount(1234.5)).toBe(1234.5);
    expect(parseAmount(0)).toBe(0);
    expect(parseAmount('1234.50')).toBe(1234.5);
    expect(parseAmount('-20')).toBe(-20);
  });

  it('returns null for blanks', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('  ')).toBeNull();
    expect(parseAmount(null)).toBeNull();
    expect(parseAmount(undefined)).toBeNull();
  });

  it('strips currency symbols and codes before or after the number', () => {
    expect(parseAmount('$1,234.50')).toBe(1234.5);
    expect(parseAmount('US$ 1,234.50')).toBe(1234.5);
    expect(parseAmount('¥12,000')).toBe(12000);
    expect(parseAmount('￥12,000')).toBe(12000);
    expect(parseAmount('12,000元')).toBe(12000);
    expect(parseAmount('USD 900')).toBe(900);
    expect(parseAmount('900 EUR')).toBe(900);
    expect(parseAmount('£75')).toBe(75);
    expect(parseAmount('1.234,50 €')).toBe(1234.5);
  });

  it('reads the decimal comma when the grouping makes it unambiguous', () => {
    expect(parseAmount('€ 1.234,50')).toBe(1234.5);
    expect(parseAmount('1 234,50')).toBe(1234.5);
    expect(parseAmount('1\u00a0234,50')).toBe(1234.5);
    expect(parseAmount('1,5')).toBe(1.5);
    expect(parseAmount('1.234.567')).toBe(1234567);
    expect(parseAmount("1'234.50")).toBe(1234.5);
  });

  it('reads one comma before exactly three digits as a thousands separator', () => {
    expect(parseAmount('1,234')).toBe(1234);
    expect(parseAmount('1,234,567.89')).toBe(1234567.89);
  });

  it('reads negatives written with a sign or parentheses', () => {
    expect(parseAmount('(1,200)')).toBe(-1200);
    expect(parseAmount('($1,200.00)')).toBe(-1200);
    expect(parseAmount('-$1,200')).toBe(-1200);
    expect(parseAmount('$-1,200')).toBe(-1200);
    expect(parseAmount('−5')).toBe(-5);
  });

  it('divides percentages by 100', () => {
    expect(parseAmount('12%')).toBe(0.12);
    expect(parseAmount('12.5 %')).toBe(0.125);
    expect(parseAmount('7％')).toBe(0.07);
  });

  it('applies scale words', () => {
    expect(parseAmount('12k')).toBe(12000);
    expect(parseAmount('$1.5M')).toBe(1500000);
    expect(parseAmount('12万')).toBe(120000);
    expect(parseAmount('1.2万元')).toBe(12000);
  });

  it('rejects garbage and misplaced thousands separators', () => {
    expect(() => parseAmount('abc')).toThrow('parseAmount: "abc" is not a number');
    expect(() => parseAmount('12 apples')).toThrow(PlaybookError);
    expect(() => parseAmount('1,23.5')).toThrow(/wrong places/);
    expect(() => parseAmount('1.2.3,4')).toThrow(/wrong places/);
    expect(() => parseAmount('$')).toThrow(/not a number/);
    expect(() => parseAmount(true)).toThrow(/not a number/);
    expect(() => parseAmount(Number.NaN)).toThrow(/not a number/);
  });

  it('reads full-width digits, comma, period and percent sign', () => {
    // U+FF10..U+FF19 are the digits 0..9; U+FF0C ，  U+FF0E ．  U+FF05 ％
    expect(parseAmount('１２０００')).toBe(12_000);
    expect(parseAmount('１２，０００')).toBe(12_000);
    expect(parseAmount('１２３４．５')).toBe(1234.5);
    expect(parseAmount('２０％')).toBe(0.2);
    expect(parseAmount('￥１２，０００')).toBe(12_000);
    expect(parseAmount('１．２万')).toBe(12_000);
    expect(parseAmount('-３０')).toBe(-30);
  });

  it('names the text as typed when full-width text is not a number', () => {
    expect(() => parseAmount('１２ａ')).toThrow('parseAmount: "１２ａ" is not a number');
  });
});

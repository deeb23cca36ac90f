import { currentLanguage } from './text';

const locale = () => (currentLanguage() === 'zh' ? 'zh-CN' : 'en-US');

/** A whole number with the reader's grouping; `—` for no value. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(n);
}

/** A fraction 0..1 as a percentage with one decimal; `—` for no value. */
export function formatRate(r: number | null | undefined): string {
  if (r === null || r === undefined) return '—';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(r);
}

/** An amount in the answer's currency (ISO code), or a plain number when none is named. */
export function formatAmount(n: number | null | undefined, currency: string | null): string {
  if (n === null || n === undefined) return '—';
  if (!currency) return formatNumber(n);
  try {
    return new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(n);
  } catch {
    // Not an ISO code Intl knows: write it after the number.
    return `${formatNumber(n)} ${currency}`;
  }
}

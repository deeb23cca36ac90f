import { type IngestOptions, PlaybookError } from '../types';
import type { Draft } from './create-deal-reader';
import { currencyCode, mergeSharedSymbols } from './currency-code';

/**
 * Settles the currency of a deal list. Amounts in different currencies are
 * never added up silently: with one currency (a shared symbol such as `$`
 * counts as the one code beside it) every deal gets it and it is returned;
 * with several, `options.currency` and an exchange rate for each other
 * currency convert the amounts, and without them the whole input is
 * refused. Deals whose amount names no currency count as the report's.
 * `symbolHint` settles a shared symbol from what else is known of the file
 * (a Chinese CRM's `¥` is the yuan).
 *
 * @returns the currency of every amount, or null when no cell names one
 * @throws PlaybookError naming each currency with its deal count and first
 *   row when amounts are in several and cannot be converted
 */
export function convertCurrencies(
  deals: Draft[],
  options: Pick<IngestOptions, 'currency' | 'exchangeRates'>,
  fn: string,
  symbolHint: ReadonlyMap<string, string> = new Map(),
): string | null {
  const settled = settleCurrencies(
    deals.length,
    (i) => deals[i].row,
    (i) => deals[i].currency,
    options,
    fn,
    symbolHint,
  );
  if (settled === null) return null;
  for (const deal of deals) {
    const factor = settled.factor(deal.currency);
    if (factor !== 1 && deal.amount !== null) deal.amount *= factor;
    deal.currency = settled.target;
  }
  return settled.target;
}

/**
 * `convertCurrencies` for amounts held elsewhere (the deal table): from the
 * currency of each of `count` deals in row order (a code, a symbol, or
 * undefined for none), the currency of the report and the factor each
 * deal's amount is multiplied by; null when no deal names a currency.
 *
 * @throws PlaybookError as `convertCurrencies` does
 */
export function settleCurrencies(
  count: number,
  rowOf: (i: number) => number,
  currencyOf: (i: number) => string | undefined,
  options: Pick<IngestOptions, 'currency' | 'exchangeRates'>,
  fn: string,
  symbolHint: ReadonlyMap<string, string> = new Map(),
): { readonly target: string; factor(currency: string | undefined): number } | null {
  const seen = new Map<string, { count: number; row: number }>();
  for (let i = 0; i < count; i++) {
    const written = currencyOf(i);
    if (written === undefined) continue;
    const code = symbolHint.get(written) ?? written;
    const entry = seen.get(code);
    if (entry) entry.count++;
    else seen.set(code, { count: 1, row: rowOf(i) });
  }
  const asked = options.currency === undefined ? undefined : currencyCode(options.currency);
  if (options.currency !== undefined && asked === undefined) {
    throw new PlaybookError(`${fn}: currency "${options.currency}" is not a currency code`);
  }
  // The asked currency joins the file's own, so `$` beside `currency: USD` is USD.
  const merged = mergeSharedSymbols([...seen.keys(), ...(asked ? [asked] : [])]);
  const distinct = new Map<string, { count: number; row: number }>();
  for (const [code, { count, row }] of seen) {
    const into = merged.get(code) as string;
    const entry = distinct.get(into);
    if (entry) {
      entry.count += count;
      entry.row = Math.min(entry.row, row);
    } else distinct.set(into, { count, row });
  }
  const target = asked ?? (distinct.size === 1 ? [...distinct.keys()][0] : undefined);
  if (target === undefined) {
    if (distinct.size === 0) return null;
    const list = [...distinct]
      .sort((a, b) => b[1].count - a[1].count)
      .map(([code, { count, row }]) => `${code} (${count} deal(s), first in row ${row})`)
      .join(', ');
    throw new PlaybookError(
      `${fn}: amounts are in ${distinct.size} currencies: ${list}. They are never added together: send one currency, or give "currency" and "exchangeRates" to convert them`,
    );
  }
  const rates = new Map<string, number>();
  for (const [code, rate] of Object.entries(options.exchangeRates ?? {})) {
    const key = currencyCode(code);
    if (key === undefined || !(rate > 0 && Number.isFinite(rate))) {
      throw new PlaybookError(
        `${fn}: exchangeRates needs currency codes with positive rates (got ${code}: ${rate})`,
      );
    }
    rates.set(key, rate);
  }
  const missing = [...distinct.keys()].filter((code) => code !== target && !rates.has(code));
  if (missing.length > 0) {
    throw new PlaybookError(
      `${fn}: amounts in ${missing.join(', ')} need an exchange rate to ${target} in "exchangeRates"`,
    );
  }
  return {
    target,
    factor(currency) {
      if (currency === undefined) return 1;
      const code = merged.get(symbolHint.get(currency) ?? currency) as string;
      return code === target ? 1 : (rates.get(code) as number);
    },
  };
}

/** Currency symbols and words → ISO 4217 code, where the symbol names one currency. */
const SYMBOL_CODES: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['块', 'CNY'],
  ['RMB', 'CNY'],
  ['US$', 'USD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['NT$', 'TWD'],
  ['R$', 'BRL'],
  ['MX$', 'MXN'],
  ['円', 'JPY'],
]);

/**
 * Symbols several currencies write the same way, with the codes each may
 * stand for: `$` is the US, Canadian, Australian... dollar, `¥` the yuan or
 * the yen.
 */
const SHARED_SYMBOLS: ReadonlyMap<string, readonly string[]> = new Map([
  ['$', ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN']],
  ['¥', ['CNY', 'JPY']],
  ['￥', ['CNY', 'JPY']],
]);

/**
 * The currency a symbol, word or code names: an ISO 4217 code (`€` → `EUR`,
 * `元` → `CNY`, `usd` → `USD`), or the symbol itself when several currencies
 * share it (`$`, `¥`); `undefined` for text that names no currency.
 *
 * @example
 * currencyCode('€') // => 'EUR'
 * currencyCode('$') // => '$'
 */
export function currencyCode(written: string): string | undefined {
  const text = written.trim();
  if (SHARED_SYMBOLS.has(text)) return text === '￥' ? '¥' : text;
  const known = SYMBOL_CODES.get(text) ?? SYMBOL_CODES.get(text.toUpperCase());
  if (known) return known;
  return /^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : undefined;
}

/**
 * Folds shared symbols into the one code of the same file they can stand
 * for: `$` beside `USD` is USD; `$` beside `USD` and `CAD` stays `$`.
 *
 * @param codes - the distinct currencies of a file
 * @returns each currency → the currency it counts as
 */
export function mergeSharedSymbols(codes: Iterable<string>): Map<string, string> {
  const all = [...codes];
  const merged = new Map<string, string>();
  for (const code of all) {
    const candidates = SHARED_SYMBOLS.get(code);
    const matches = candidates ? all.filter((c) => candidates.includes(c)) : [];
    merged.set(code, matches.length === 1 ? matches[0] : code);
  }
  return merged;
}

import type { Language } from '../../shared/types';

/** Whether a language tag asks for Simplified Chinese: zh, zh-CN, zh-SG, zh-Hans…, not zh-TW, zh-HK, zh-MO or zh-Hant. */
function simplifiedChinese(tag: string): boolean {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts[0] !== 'zh') return false;
  return !parts.slice(1).some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo');
}

/** The language an `Accept-Language` tag names, if it is one the API speaks. */
function spoken(tag: string): Language | undefined {
  if (simplifiedChinese(tag)) return 'zh';
  if (tag.toLowerCase().split(/[-_]/)[0] === 'en') return 'en';
  return undefined;
}

/**
 * The language to answer messages in: `?lang=zh` (or `lang=en`) wins; else
 * the `Accept-Language` entry of highest q-value that the API speaks
 * (Simplified Chinese or English; entries with q=0 refused, ties in the
 * header's order); else English.
 *
 * @param lang - the `lang` query parameter, if any
 * @param acceptLanguage - the `Accept-Language` header, if any
 * @returns `'en'` or `'zh'`
 * @example
 * requestLanguage(undefined, 'fr-FR, zh-CN;q=0.8, en;q=0.5') // => 'zh'
 */
export function requestLanguage(
  lang: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  if (lang !== undefined) {
    const asked =
      spoken(lang.trim()) ?? (/^(cn|chinese|中文|简体中文)$/i.test(lang.trim()) ? 'zh' : undefined);
    if (asked) return asked;
  }
  let best: { language: Language; q: number } | undefined;
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = entry.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const language = spoken(tag.trim());
    if (language === undefined || !(q > 0)) continue;
    if (best === undefined || q > best.q) best = { language, q };
  }
  return best?.language ?? 'en';
}

import { parseLanguage } from '../../../shared/index';
import type { Language } from '../../../shared/types';
import { describeValue } from './describe-value';
import { isBlank } from '../../../shared/ingest/cell-text';
import { rethrowAsFormulaError } from './rethrow-as-formula-error';

/**
 * The optional `language` argument of a custom function: `en` (the default,
 * also when blank) or `zh` (also `zh-CN`, `中文`).
 *
 * @throws Error `MEDDPICC_BAND: language must be "en" or "zh" (got "fr")`
 */
export function readLanguage(fn: string, value: unknown): Language {
  if (isBlank(value)) return 'en';
  if (Array.isArray(value)) {
    throw new Error(
      `${fn}: language must be a single value, "en" or "zh" (got ${describeValue(value)})`,
    );
  }
  try {
    return parseLanguage(String(value).trim(), fn);
  } catch (error) {
    return rethrowAsFormulaError(fn, 'language', undefined, error);
  }
}

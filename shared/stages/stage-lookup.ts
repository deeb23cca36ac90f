import type { StageDefinition, StageTable } from '../types';
import { findStage } from './find-stage';

/** Distinct stage texts remembered per lookup; beyond it, new texts are looked up uncached. */
const CACHE_LIMIT = 10000;

/**
 * A cached stage lookup for scanning many deals or rows: each distinct stage
 * text is normalised and looked up once, then answered from a `Map`. The
 * cache keeps at most 10,000 texts, so a large file full of distinct bad
 * stage cells cannot grow it without bound.
 *
 * @param table - the stage table
 * @returns a function from stage text to stage, `undefined` when unknown
 * @example
 * stageLookup(DEFAULT_STAGE_TABLE)('Demo')?.name // => 'Evaluation'
 */
export function stageLookup(table: StageTable): (text: string) => StageDefinition | undefined {
  const cache = new Map<string, StageDefinition | null>();
  return (text) => {
    let stage = cache.get(text);
    if (stage === undefined) {
      stage = findStage(table, text) ?? null;
      if (cache.size < CACHE_LIMIT) cache.set(text, stage);
    }
    return stage ?? undefined;
  };
}

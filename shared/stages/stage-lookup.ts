import { findStage } from '../stages/find-stage';
import type { StageDefinition, StageTable } from '../types';

/**
 * A cached stage lookup for scanning many deals: each distinct stage text is
 * normalised and looked up once, then answered from a `Map`.
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
      cache.set(text, stage);
    }
    return stage ?? undefined;
  };
}

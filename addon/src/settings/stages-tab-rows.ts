import type { StageDefinition } from '../../../shared/types';

/**
 * A stage table as the "Stages" tab holds it in columns A:F: a header row,
 * then name, probability, kind, aliases, average days and Chinese name per
 * stage, the column order `parseStageTable` reads back.
 *
 * @example
 * stagesTabRows([{ name: 'Won', order: 6, probability: 1, kind: 'won', aliases: [] }])[1]
 * // => ['Won', 1, 'won', '', '', '']
 */
export function stagesTabRows(defs: readonly StageDefinition[]): (string | number)[][] {
  return [
    ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh'],
    ...defs.map((d) => [
      d.name,
      d.probability,
      d.kind,
      d.aliases.join(', '),
      d.averageDays ?? '',
      d.nameZh ?? '',
    ]),
  ];
}

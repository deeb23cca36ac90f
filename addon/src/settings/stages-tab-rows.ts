import type { StageDefinition } from '../../../shared/types';

/**
 * A stage table as the "Stages" tab holds it in columns A:G: a header row,
 * then name, probability, kind, aliases, average days, Chinese name and exit
 * criterion per stage, the column order `parseStageTable` reads back (by
 * header). A Chinese exit criterion, when the team keeps one, lives in its
 * own "Exit criterion zh" column further right, which this never writes.
 *
 * @example
 * stagesTabRows([{ name: 'Won', order: 6, probability: 1, kind: 'won', aliases: [] }])[1]
 * // => ['Won', 1, 'won', '', '', '', '']
 */
export function stagesTabRows(defs: readonly StageDefinition[]): (string | number)[][] {
  return [
    ['Name', 'Probability', 'Kind', 'Aliases', 'Average days', 'Name zh', 'Exit criterion'],
    ...defs.map((d) => [
      d.name,
      d.probability,
      d.kind,
      d.aliases.join(', '),
      d.averageDays ?? '',
      d.nameZh ?? '',
      d.exitCriterion ?? '',
    ]),
  ];
}

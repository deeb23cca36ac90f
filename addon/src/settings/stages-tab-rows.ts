import type { StageDefinition } from '../../../shared/types';

/**
 * A stage table as the "Stages" tab holds it in columns A:G: a header row,
 * then name, probability, kind, aliases, average days, Chinese name and exit
 * criterion per stage, the column order `parseStageTable` reads back (by
 * header). A Chinese exit criterion, when the team keeps one, lives in its
 * own "Exit criterion zh" column further right, which this never writes.
 * Given the tab's current header, a column G headed anything but "Exit
 * criterion" (推进标准) is left out, so a rewrite never covers it.
 *
 * @example
 * stagesTabRows([{ name: 'Won', order: 6, probability: 1, kind: 'won', aliases: [] }])[1]
 * // => ['Won', 1, 'won', '', '', '', '']
 */
export function stagesTabRows(
  defs: readonly StageDefinition[],
  header: readonly unknown[] = [],
): (string | number)[][] {
  // A column G the team uses for something else keeps its cells: the table is then A:F.
  const g = String(header[6] ?? '').trim();
  if (g !== '' && !/^(exit ?criteri(on|a)|推进标准)$/i.test(g)) {
    return stagesTabRows(defs).map((row) => row.slice(0, 6));
  }
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

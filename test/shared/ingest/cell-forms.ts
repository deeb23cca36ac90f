// Probability cells in every form a CRM export or a person writes them, read
// or refused: shared by the property tests of the table reader and of the
// row kernel, which check both against ingestCsv.

export const PROBABILITY_CELLS = [
  '',
  '0',
  '1',
  '0.5',
  '0.125',
  '50',
  '50%',
  '12.5%',
  '-5',
  '-0%',
  '100',
  '150%',
  '1.5',
  '1.250',
  'abc',
  '"20%"',
  '"0,5"',
  '1,5',
  ' 20',
  '20 %',
  '２0％',
  '.5',
  '5.',
  '-0',
  '1e2',
] as const;

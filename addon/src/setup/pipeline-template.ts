/**
 * The columns of a new pipeline tab. Input columns come first (A-Z) so the
 * risk formulas can read them as one range; computed columns follow, each a
 * single formula in row 2 (or row 1 for the risk columns, which read the
 * header) that spills down the whole column.
 */
export const PIPELINE_INPUT_HEADERS = [
  'Deal ID',
  'Deal',
  'Account',
  'Owner',
  'Stage',
  'Amount',
  'Created',
  'Close date',
  'Stage entered',
  'Last activity',
  'Next step',
  'Next step date',
  'Contacts',
  'Discount',
  'Metrics',
  'Economic buyer',
  'Decision criteria',
  'Decision process',
  'Paper process',
  'Identify pain',
  'Champion',
  'Competition',
  'Checklist',
  'Source',
  'Loss reason',
  'Lost at stage',
] as const;

import { headerKey } from '../../../shared/ingest/header-key';

const HEADERS = new Set([
  'checklist',
  'stalledchecklist',
  'stalleddealchecklist',
  '检查清单',
  '停滞交易检查清单',
]);

/**
 * The 0-based index of the stalled-deal checklist column (header "Checklist"
 * or "检查清单"), or -1 when the sheet has none.
 */
export function checklistColumn(header: readonly unknown[]): number {
  return header.findIndex((cell) => HEADERS.has(headerKey(String(cell))));
}

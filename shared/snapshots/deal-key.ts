import type { Deal } from '../types';

/**
 * The key that identifies a deal across snapshots of the same pipeline: its
 * id when the sheet has one, otherwise account and name together, otherwise
 * its row number (which only matches when rows never move).
 *
 * @param deal - an ingested deal
 * @returns a stable text key, prefixed by what it was built from
 * @example
 * dealKey({ row: 2, id: 'D-17', stage: 'Discovery', amount: 100 }) // => 'id:D-17'
 * dealKey({ row: 2, account: 'Acme', name: 'Renewal', stage: 'Discovery', amount: 100 }) // => 'name:acme|renewal'
 */
export function dealKey(deal: Deal): string {
  const id = deal.id?.trim();
  if (id) return `id:${id}`;
  const account = deal.account?.trim().toLowerCase() ?? '';
  const name = deal.name?.trim().toLowerCase() ?? '';
  if (account || name) return `name:${account}|${name}`;
  return `row:${deal.row}`;
}

import type { Deal } from '../../../shared/types';
import type { RepChoice, RepWhy } from './rep-choice-types';
import type { Settings } from './settings';

/**
 * The owner a per-rep view covers: the one asked for (`asked`, '' = whole
 * team), else the signed-in user's row of the owner mapping in Settings
 * (email ↔ owner name), else the whole team with the reason.
 */
export function repChoice(settings: Settings, deals: readonly Deal[], asked?: string): RepChoice {
  const owners = [...new Set(deals.map((d) => d.owner?.trim() || '').filter(Boolean))].sort();
  const reps = settings.reps || [];
  let email = '';
  try {
    email = Session.getActiveUser().getEmail() || '';
  } catch {
    // No email to be had in this context: the whole team.
  }
  const mine = email ? reps.find((r) => r.email.toLowerCase() === email.toLowerCase()) : undefined;
  const picked = typeof asked === 'string';
  const owner = picked ? asked.trim() : mine?.name || '';
  const why: RepWhy = picked
    ? owner
      ? 'chosen'
      : 'team'
    : mine
      ? 'you'
      : email
        ? 'notMapped'
        : 'noEmail';
  const row = owner ? reps.find((r) => r.name === owner) : undefined;
  return { owners, owner, why, email, quota: row?.quota ?? null };
}

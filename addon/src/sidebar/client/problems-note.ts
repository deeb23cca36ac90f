import { addonText } from '../../../../shared/content/addon-text';
import type { Language } from '../../../../shared/types';
import { h } from './h';
import { sidebarText } from './sidebar-text';

/**
 * The cells the server could not read, folded away under their count
 * ("3 cell(s) could not be read"), or nothing when every cell was read.
 */
export function problemsNote(
  problems: { readonly count: number; readonly messages: readonly string[] },
  language: Language,
): HTMLElement | null {
  if (problems.count === 0) return null;
  const more = problems.count - problems.messages.length;
  return h(
    'details',
    { class: 'warn', 'data-testid': 'problems' },
    h('summary', {}, addonText('dataProblems', language, { count: problems.count })),
    h(
      'ul',
      {},
      problems.messages.map((message) => h('li', {}, message)),
      more > 0 ? h('li', {}, sidebarText('moreProblems', language, { count: more })) : null,
    ),
  );
}

import { h } from './h';

/**
 * One figure tile of a review: its name, the value, and an optional line
 * under it. `testId` names the tile for tests and styling hooks.
 */
export function figure(
  testId: string,
  name: string,
  value: string,
  sub?: string | Node | null,
): HTMLElement {
  return h(
    'div',
    { class: 'figure', 'data-testid': testId },
    h('div', { class: 'label' }, name),
    h('div', { class: 'value' }, value),
    sub ? h('div', { class: 'sub' }, sub) : null,
  );
}

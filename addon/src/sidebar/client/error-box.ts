import { errorMessage } from './error-message';
import { h } from './h';

/** An error message box that screen readers announce (`role="alert"`). */
export function errorBox(error: unknown): HTMLElement {
  return h('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, errorMessage(error));
}

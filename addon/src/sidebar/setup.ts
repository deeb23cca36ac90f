// Set-up sidebar: adds the accounts, activity and win/loss tabs the monthly
// report reads (playbook §6, §8, §9), each from a template in the user's
// language. The templates live here, in the page, so Code.js carries only
// the small function that writes a tab.

import type { Language } from '../../../shared/types';
import type { SettingsView } from '../settings/settings-types';
import { templateTabSpec } from '../setup/template-tab-spec';
import { ACCOUNTS, ACTIVITY, type Template, WIN_LOSS } from '../setup/templates';
import { call } from './client/call';
import { errorBox } from './client/error-box';
import { h } from './client/h';
import { mount } from './client/mount';
import { setPageLanguage } from './client/set-page-language';

const TEXT = {
  title: { en: 'Accounts, activity and win/loss tabs', zh: '客户、活动和输赢分析表' },
  intro: {
    en: 'The monthly self-assessment reads these tabs. Each button adds a new tab under a free name; no existing tab is changed.',
    zh: '月度自我评估会读取这些工作表。每个按钮都会以未被占用的名称新建一个工作表，不会改动任何现有工作表。',
  },
  added: { en: 'Added tab "{name}"', zh: '已添加工作表“{name}”' },
} as const;

function render(language: Language): void {
  setPageLanguage(language);
  const status = h('div', { class: 'status', role: 'status', 'data-testid': 'status' });
  const problem = h('div', {});
  const card = (template: Template, id: string) => {
    const button = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': id },
      template.menu[language],
    ) as HTMLButtonElement;
    button.addEventListener('click', async () => {
      button.disabled = true;
      problem.replaceChildren();
      status.textContent = '';
      try {
        const { sheetName } = await call('addTemplateTab', templateTabSpec(template, language));
        status.className = 'status ok';
        status.textContent = `✓ ${TEXT.added[language].replace('{name}', sheetName)}`;
      } catch (error) {
        problem.replaceChildren(errorBox(error));
      } finally {
        button.disabled = false;
      }
    });
    return h(
      'div',
      { class: 'card' },
      h('p', {}, template.about[language]),
      h('div', { class: 'row' }, button),
    );
  };
  mount(
    h('h1', {}, TEXT.title[language]),
    h('p', { class: 'muted' }, TEXT.intro[language]),
    card(ACCOUNTS, 'accounts'),
    card(ACTIVITY, 'activity'),
    card(WIN_LOSS, 'win-loss'),
    problem,
    status,
  );
}

// The browser's language first, then the one the user chose in Settings.
render(/^zh\b/i.test(navigator.language) ? 'zh' : 'en');
call('getSettings').then(
  (settings: SettingsView) => render(settings.language),
  () => undefined,
);

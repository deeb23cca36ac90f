import type { TemplateTabsQuery } from '../../monthly/monthly-types';
import { ACCOUNTS, ACTIVITY, type Template, WIN_LOSS } from '../../setup/templates';

/** A template's required headers, each in English and Chinese. */
const groups = (t: Template): string[][] =>
  t.required.map((key) => {
    const [, en, zh] = t.columns.find((c) => c[0] === key)!;
    return [en, zh];
  });

/**
 * How the monthly sidebar asks the server for the accounts, activity and
 * win/loss tabs: by the headers each must have, in either language.
 *
 * @example
 * templateQuery().accounts // => [['Account', '客户'], ['Tier', '客户等级'], ['Last touch', '最近触达']]
 */
export function templateQuery(): TemplateTabsQuery {
  return { accounts: groups(ACCOUNTS), activity: groups(ACTIVITY), winLoss: groups(WIN_LOSS) };
}

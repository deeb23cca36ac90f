/** The menu item and sidebar title of the accounts, activity and win/loss templates. */
export const SET_UP_SHEETS = {
  en: 'Add accounts, activity or win/loss tabs',
  zh: '添加客户、活动或输赢分析表',
} as const;

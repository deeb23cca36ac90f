/** The menu item that saves a snapshot now; the sidebars carry their own texts. */
export const SAVE_SNAPSHOT = { en: 'Save snapshot now', zh: '保存快照' } as const;

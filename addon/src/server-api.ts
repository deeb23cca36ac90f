// The functions the sidebars call through google.script.run. The sidebars'
// client code types its calls from `ServerApi` (typeof serverApi), so a
// server signature change breaks the sidebar build instead of the user.

import { getScorecard } from './scorecard/get-scorecard';
import { saveScorecard } from './scorecard/save-scorecard';

export const serverApi = {
  getScorecard,
  saveScorecard,
};

/** The server functions as the sidebars see them. */
export type ServerApi = typeof serverApi;

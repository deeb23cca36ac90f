// Accounts, activity and win/loss tabs worked by hand for November 2026, next
// to the review pipeline (today 2026-11-23). The accounts tab has Chinese
// headers and mixes the words of both languages, as a bilingual team's would.

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function accountsTab(): unknown[][] {
  // biome-ignore format: one account per line reads as the table it is
  return [
    ['客户', '客户等级', 'ICP 匹配度', '可见痛点', '负责人', '最近触达', '触达次数（30天）'],
    // tier 1, touched 3 days ago: within the 4-day window
    ['Acme', '一级客户', '完全符合', '是', 'Ana', d('2026-11-20'), 3],
    // tier 1 in English words, touched 5 days ago: outside the window
    ['Bolt', 'Tier 1', 'Full fit', 'yes', 'Ana', d('2026-11-18'), 2],
    // tier 1, touched today, but no visible pain any more: re-tier to 2
    ['Crux', '一级客户', '完全符合', '否', 'Ben', d('2026-11-23'), 4],
    // tier 1 as the short word, touched yesterday
    ['Dyna', '一级', '完全符合', '是', 'Ben', d('2026-11-22'), 1],
    // tier 3 idle exactly 90 days (2026-08-25 → 2026-11-23): drop
    ['Echo', '三级客户', '部分符合', '否', 'Ana', d('2026-08-25'), 0],
    // tier 3 idle 89 days: kept
    ['Fern', '三级客户', '部分符合', '否', 'Ana', d('2026-08-26'), 0],
    // tier 3 as its number, never touched: drop
    ['Gale', '3', '部分符合', '否', 'Ben', '', ''],
    // a tier nobody knows: said, and left out of the tiers
    ['Hive', 'Tier 9', '完全符合', '是', 'Ben', d('2026-11-20'), 1],
  ];
}

export function activityTab(): unknown[][] {
  // biome-ignore format: one week per line
  return [
    ['Rep', 'Week of', 'Days worked', 'Emails', 'Calls', 'Meetings', 'Discovery calls', 'Demos', 'Proposals', 'Self-generated %'],
    // Ana: every figure on the low edge of its band (playbook §8)
    ['Ana', d('2026-11-02'), 5, 150, 75, 8, 5, 3, 2, 0.3],
    // Ben: 52 emails and 12 calls a day, 13 meetings a week, 20% self-generated
    ['Ben', d('2026-11-09'), 5, 260, 60, 13, 5, 3, 2, 0.2],
    // October: not this month's
    ['Ben', d('2026-10-26'), 5, 999, 999, 99, 99, 99, 99, 1],
    // nine days in a week cannot be: said and left out
    ['Ana', d('2026-11-16'), 9, 10, 10, 1, 1, 1, 1, 0.5],
  ];
}

export function winLossTab(): unknown[][] {
  // biome-ignore format: one deal per line
  return [
    ['Deal ID', 'Deal', 'Account', 'Outcome', 'Amount', 'Close date', 'Cycle days', 'Primary reason', 'Secondary reason', 'Competitor', 'What worked', 'What did not', 'Lesson', 'Prospecting', 'Discovery', 'Demo', 'Objection handling', 'Closing', 'Relationship'],
    ['D4', 'Delta', 'Delta Co', 'Won', 40000, d('2026-11-19'), 65, 'Champion pushed', '', '', 'Exec sponsor early', '', '', 4, 4, 3, 5, 5, 4],
    ['D8', 'Theta', 'Theta Co', '赢单', 10000, d('2026-11-05'), 40, 'Champion pushed', '', '', 'Pilot', '', '', '', '', '', '', 4, ''],
    ['D5', 'Epsilon', 'Eps Co', 'Lost', 30000, d('2026-11-21'), 51, 'Price', '', 'Rival', '', 'Discounted too early', 'Anchor value before price', '', '', '', 4, 3, ''],
    ['D7', 'Eta', 'Eta Co', 'Lost', 20000, d('2026-10-10'), 60, 'Timing', '', '', '', '', '', 1, 1, 1, 1, 1, 1],
  ];
}

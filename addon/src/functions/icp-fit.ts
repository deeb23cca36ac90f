import { accountTier, icpFit, label, normalizeStageKey } from '../../../shared/index';
import type { IcpAccount, IcpProfile } from '../../../shared/index';
import { isBlank } from '../../../shared/ingest/cell-text';
import { ANTI_SIGNALS, ICP_CRITERIA, PAIN_SIGNALS } from '../../../shared/icp/icp-fit';
import type { AntiSignal, Language, PainSignal } from '../../../shared/types';
import { cellWords } from '../lib/cell-words';
import { formulaError } from '../lib/formula-error';
import { readBoolean } from '../lib/read-boolean';
import { readLanguage } from '../lib/read-language';
import { AMOUNT, readNumber } from '../lib/read-number';
import {
  ANTI,
  CRITERION,
  localizeError,
  ONE_OR_MORE,
  PAIN,
  PROFILE_RANGE,
} from '../lib/localize-error';

/** Each profile criterion's field in `IcpProfile`, the six firmographics first (playbook §6). */
const FIELDS: Readonly<Record<string, keyof IcpProfile>> = Object.fromEntries([
  ...ICP_CRITERIA,
  ['incompatibleTech', 'incompatibleTech'],
]);
const FIRMOGRAPHICS = ICP_CRITERIA.map(([criterion]) => criterion);

/** Words compare without case, spaces, `-`, `_` or a final plural `s`. */
const key = (text: string): string => normalizeStageKey(text).replace(/s$/, '');

/**
 * The words a profile row, an accounts header or a signal cell may use, by
 * `key` (so `new tool`, `New-Tool` and `newTool` are one word): each
 * criterion, column and signal of playbook §6 in English and Chinese. A
 * criterion or column maps to its name, a signal to `pain.<signal>` or
 * `anti.<signal>`. Each name is a word itself; `NAMES` lines up with the
 * other words of each, the Chinese name of a criterion first.
 */
const WORDS = new Map<string, string>();
/** A criterion's Chinese name, for messages. */
const ZH = new Map<string, string>();
const NAMES = [
  ...Object.keys(FIELDS),
  'pain',
  'anti',
  'inbound',
  ...PAIN_SIGNALS.map((signal) => `pain.${signal}`),
  ...ANTI_SIGNALS.map((signal) => `anti.${signal}`),
];
'行业|员工人数|营收|地区|技术栈|发展阶段|不兼容技术|pain signal,visible pain,痛点信号,可见痛点|anti-signal,反向信号|入站|招聘,正在招聘相关岗位|new tool adopted,新工具,采用了新工具|新任高管,新高管|监管截止日期|公开表态|under 20 employees,员工少于20人|没有预算,无预算|incompatible tech stack,技术栈不兼容|committee,委员会决策'
  .split('|')
  .forEach((entry, i) => {
    const name = NAMES[i];
    const words = entry.split(',');
    for (const word of [name.split('.').pop() as string, ...words]) WORDS.set(key(word), name);
    ZH.set(name, words[0]);
  });

/** The signal a word names within a group (`pain`, `anti`), or undefined. */
const word = (group: string, text: unknown): string | undefined => {
  const name = WORDS.get(key(String(text))) || '';
  return name.startsWith(`${group}.`) ? name.slice(group.length + 1) : undefined;
};

/** The team's ICP from rows of a criterion and its values (`50-1000` or `50+` for a number). */
function readProfile(fn: string, value: unknown): IcpProfile {
  const profile: Record<string, unknown> = {};
  (Array.isArray(value) ? (value as unknown[][]) : []).forEach((cells, i) => {
    const row = i + 1;
    const [name, range] = cells;
    if (cells.every(isBlank)) return;
    const field = FIELDS[WORDS.get(key(String(name))) || ''];
    if (!field) throw formulaError(fn, 'profile', row, name, CRITERION);
    const values = cells.slice(1).filter((cell) => !isBlank(cell));
    if (field === 'employees' || field === 'revenue') {
      // 50-1000 (both ends included), 50+, or the two ends in two cells
      const [, min, max] = /^(.+?)(?:[-–~至](.+)|\+)$/.exec(values.join('-')) || [];
      const read = (end?: string) =>
        end ? (readNumber(fn, 'profile', row, end.trim(), AMOUNT) as number) : undefined;
      const ends = { min: read(min), max: read(max) };
      if (!min || (ends.max ?? Infinity) < (ends.min as number))
        throw formulaError(fn, 'profile', row, range, PROFILE_RANGE);
      profile[field] = ends;
      return;
    }
    const list = values.flatMap(cellWords);
    if (list.length) profile[field] = list;
    else throw formulaError(fn, 'profile', row, range, ONE_OR_MORE);
  });
  if (!FIRMOGRAPHICS.some((f) => profile[FIELDS[f]]))
    throw formulaError(fn, 'profile', undefined, value, CRITERION);
  return profile;
}

/**
 * ICP fit score and suggested tier of each account (playbook §6). Example: =ICP_FIT(A1:J, Profile!A1:B7)
 * @param {Array[][]} accounts Accounts with their header row (Industry, Employees, Pain signals...).
 * @param {Array[][]} profile Rows of a criterion and its values (Employees | 50-1000).
 * @param {string} language Optional. "en" or "zh".
 * @return {Array[][]} Header, then score and tier per account.
 * @customfunction
 */
export function ICP_FIT(accounts: unknown, profile: unknown, language?: unknown): unknown[][] {
  const fn = 'ICP_FIT';
  const lang = readLanguage(fn, language);
  try {
    return icpRows(fn, accounts, readProfile(fn, profile), lang);
  } catch (error) {
    throw lang === 'zh' ? new Error(localizeError((error as Error).message, lang)) : error;
  }
}

function icpRows(fn: string, accounts: unknown, profile: IcpProfile, lang: Language): unknown[][] {
  const zh = lang === 'zh';
  const rows = (Array.isArray(accounts) ? accounts : []) as unknown[][];
  /** Each column's 1-based place in the header row. */
  const columns = new Map<string, number>();
  (rows[0] || []).forEach((header, c) => {
    const column = WORDS.get(key(String(header)));
    if (column && !columns.has(column)) columns.set(column, c + 1);
  });
  for (const f of FIRMOGRAPHICS) {
    if (profile[FIELDS[f]] && !columns.has(f))
      throw new Error(
        zh
          ? `${fn}：accounts 的表头缺少“${ZH.get(f)}”列（profile 用到）`
          : `${fn}: accounts has no "${f.replace(/[A-Z]/, (c) => ` ${c.toLowerCase()}`)}" column in its header row (the profile names it)`,
      );
  }
  const out: unknown[][] = [zh ? ['ICP 匹配分', '客户等级'] : ['ICP fit score', 'Tier']];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    const row = r + 1;
    if (cells.every(isBlank)) {
      out.push(['', '']);
      continue;
    }
    // The column being read, so an error names it: "accounts in column 3 of row 4".
    let c = 0;
    const cell = (column: string): unknown => {
      c = columns.get(column) || 0;
      return cells[c - 1];
    };
    /** The signals the group's cell names; `yes` (pain only) is a signal not named, `no` none. */
    const signals = (group: string, expected: string) =>
      cellWords(cell(group)).map((text) => {
        const signal = word(group, text);
        if (signal || /^(no|none|false|否|无)$/i.test(text)) return signal;
        if (group === 'pain' && /^(yes|true|是|有)$/i.test(text)) return 'yes';
        throw formulaError(fn, 'accounts', row, text, expected);
      });
    let result: ReturnType<typeof icpFit>;
    let pain: (string | undefined)[];
    let inbound: boolean;
    try {
      pain = signals('pain', PAIN);
      // The firmographics in playbook order: the two numbers, the tech stack's list, else a word.
      const account: Record<string, unknown> = {};
      for (const f of FIRMOGRAPHICS) {
        const value = cell(f);
        account[f] =
          f === 'employees' || f === 'revenue'
            ? (readNumber(fn, 'accounts', row, value, AMOUNT) ?? undefined)
            : f === 'techStack'
              ? cellWords(value)
              : cellWords(value)[0];
      }
      // icpFit keeps the playbook's signals only: the `yes` and the `no`s drop out
      account.painSignals = pain as PainSignal[];
      account.antiSignals = signals('anti', ANTI) as AntiSignal[];
      result = icpFit(account as IcpAccount, profile);
      inbound = readBoolean(fn, 'accounts', row, cell('inbound'));
    } catch (error) {
      throw new Error((error as Error).message.replace(' in row ', ` in column ${c} of row `));
    }
    const { fit, matched, missing, antiSignals } = result;
    const tier = accountTier({ icpFit: fit, visiblePain: pain.some(Boolean), inbound });
    out.push([
      // Anti-signals rule the account out, whatever it matches (playbook §6).
      antiSignals.length ? 0 : matched.length / (matched.length + missing.length),
      label(tier === null ? 'none' : `tier.${tier}`, lang),
    ]);
  }
  return out;
}

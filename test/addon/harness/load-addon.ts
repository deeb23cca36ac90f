// Loads dist/addon/Code.js into a fresh node:vm context, the way Apps Script
// runs it: one classic script whose top-level functions are the add-on's
// entry points. With `services: false` the context has no Apps Script
// service at all (what a custom function may rely on); otherwise it gets the
// fakes below. Arrays coming out of the vm are not `instanceof Array` here:
// compare them through `plain()` (a JSON round trip) or Array.isArray.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type Cell, FakeSpreadsheet } from './fake-spreadsheet';

export const DIST = join(new URL('../../..', import.meta.url).pathname, 'dist', 'addon');

export function readBundle(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

/** A JSON round trip: turns the vm's arrays and objects into this realm's. */
export function plain<T = unknown>(value: unknown): T {
  return value === undefined ? (undefined as T) : JSON.parse(JSON.stringify(value));
}

export class FakeProperties {
  readonly store = new Map<string, string>();
  constructor(private readonly blocked: () => string | null) {}
  private check() {
    const why = this.blocked();
    if (why) throw new Error(why);
  }
  getProperty(key: string) {
    this.check();
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.check();
    if (typeof value !== 'string') throw new Error('FakeProperties: values must be strings');
    if (value.length > 9 * 1024) throw new Error('FakeProperties: value over 9 KB');
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string) {
    this.check();
    this.store.delete(key);
    return this;
  }
  getProperties() {
    this.check();
    return Object.fromEntries(this.store);
  }
}

export interface MenuRecord {
  title: string;
  items: { caption: string; functionName: string }[];
  added: boolean;
}

export interface FetchCall {
  url: string;
  params: {
    method?: string;
    headers?: Record<string, string>;
    payload?: string;
    [k: string]: unknown;
  };
}

export interface FetchReply {
  status: number;
  body: unknown;
}

export interface AddonOptions {
  /** false: a context with no Apps Script services (custom functions only). */
  services?: boolean;
  sheets?: Record<string, Cell[][]>;
  timeZone?: string;
  /** Answers UrlFetchApp.fetch; the default fails the test. */
  fetch?: (call: FetchCall) => FetchReply;
  /** The current time inside the bundle (new Date() with no argument). */
  now?: string;
  /** What Session.getActiveUser().getEmail() gives; '' (a consumer account) by default. */
  userEmail?: string;
}

export interface Addon {
  /** The vm context: every top-level function of Code.js is a property. */
  readonly g: Record<string, (...args: unknown[]) => unknown>;
  readonly context: vm.Context;
  readonly book: FakeSpreadsheet;
  readonly documentProperties: FakeProperties;
  readonly userProperties: FakeProperties;
  readonly menus: MenuRecord[];
  readonly sidebars: { file: string; title: string }[];
  readonly alerts: string[];
  readonly fetches: FetchCall[];
  readonly lockLog: string[];
  /** While set, Properties, UrlFetch and the lock throw (AuthMode.NONE). */
  authModeNone: boolean;
  /** A Date made inside the vm, as Sheets would pass it. */
  date(iso: string): Date;
  /** Calls a top-level function and returns its result as plain data. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function loadAddon(options: AddonOptions = {}): Addon {
  const context = vm.createContext({});
  const toRealm = (value: unknown) =>
    value instanceof Date ? vm.runInContext(`new Date(${value.getTime()})`, context) : value;
  const book = new FakeSpreadsheet(options.sheets ?? {}, options.timeZone ?? 'Etc/UTC', toRealm);
  const menus: MenuRecord[] = [];
  const sidebars: { file: string; title: string }[] = [];
  const alerts: string[] = [];
  const fetches: FetchCall[] = [];
  const lockLog: string[] = [];
  const addon = {
    g: context as unknown as Addon['g'],
    context,
    book,
    menus,
    sidebars,
    alerts,
    fetches,
    lockLog,
    authModeNone: false,
    date: (iso: string) => vm.runInContext(`new Date(${JSON.stringify(iso)})`, context) as Date,
    call<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return plain<T>(fn(...args));
    },
  } as Addon & { documentProperties: FakeProperties; userProperties: FakeProperties };
  const blocked = () =>
    addon.authModeNone ? 'Authorization is required to perform that action (AuthMode.NONE).' : null;
  addon.documentProperties = new FakeProperties(blocked);
  addon.userProperties = new FakeProperties(blocked);

  if (options.services !== false) {
    const htmlOutput = (file: string) => {
      const out = {
        file,
        title: '',
        setTitle(title: string) {
          out.title = title;
          return out;
        },
        setWidth: () => out,
        setHeight: () => out,
        setSandboxMode: () => out,
        getContent: () => readFileSync(join(DIST, `${file}.html`), 'utf8'),
      };
      return out;
    };
    const ui = {
      createAddonMenu() {
        const menu: MenuRecord = { title: 'add-on', items: [], added: false };
        const api = {
          addItem(caption: string, functionName: string) {
            menu.items.push({ caption, functionName });
            return api;
          },
          addSeparator: () => api,
          addToUi() {
            menu.added = true;
            menus.push(menu);
          },
        };
        return api;
      },
      showSidebar(output: { file: string; title: string }) {
        readFileSync(join(DIST, `${output.file}.html`));
        sidebars.push({ file: output.file, title: output.title });
      },
      showModalDialog(output: { file: string; title: string }) {
        sidebars.push({ file: output.file, title: output.title });
      },
      alert(message: string) {
        alerts.push(message);
      },
      ButtonSet: { OK: 'OK', YES_NO: 'YES_NO' },
      Button: { YES: 'YES', NO: 'NO', OK: 'OK' },
    };
    const chartTypes = { LINE: 'LINE', COLUMN: 'COLUMN', BAR: 'BAR', PIE: 'PIE', AREA: 'AREA' };
    const criteria = () => {
      const rule: Record<string, unknown> = {};
      const builder: Record<string, unknown> = {};
      const record =
        (key: string, pick: (...args: never[]) => unknown) =>
        (...args: never[]) => {
          rule[key] = pick(...args);
          return builder;
        };
      Object.assign(builder, {
        requireValueInList: record('list', (list: string[]) => [...list]),
        requireValueInRange: record('range', (range: { getA1Notation(): string }) =>
          range.getA1Notation(),
        ),
        requireNumberBetween: record('between', (a: number, b: number) => [a, b]),
        setAllowInvalid: record('allowInvalid', (allow: boolean) => allow),
        setHelpText: record('help', (text: string) => text),
        build: () => rule,
      });
      return builder;
    };
    Object.assign(context, {
      SpreadsheetApp: {
        getActive: () => book,
        getActiveSpreadsheet: () => book,
        getUi: () => ui,
        newDataValidation: criteria,
        flush: () => undefined,
        WrapStrategy: { WRAP: 'WRAP', CLIP: 'CLIP' },
      },
      ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
      Charts: { ChartType: chartTypes },
      HtmlService: {
        createHtmlOutputFromFile: htmlOutput,
        SandboxMode: { IFRAME: 'IFRAME' },
      },
      PropertiesService: {
        getDocumentProperties: () => addon.documentProperties,
        getUserProperties: () => addon.userProperties,
        getScriptProperties: () => {
          throw new Error('the add-on should not use script properties');
        },
      },
      LockService: {
        getDocumentLock: () => ({
          waitLock(ms: number) {
            const why = blocked();
            if (why) throw new Error(why);
            lockLog.push(`wait ${ms}`);
          },
          tryLock(ms: number) {
            lockLog.push(`try ${ms}`);
            return true;
          },
          releaseLock() {
            lockLog.push('release');
          },
          hasLock: () => true,
        }),
      },
      UrlFetchApp: {
        fetch(url: string, params: FetchCall['params'] = {}) {
          const why = blocked();
          if (why) throw new Error(why);
          const call = { url, params: plain<FetchCall['params']>(params) };
          fetches.push(call);
          if (!options.fetch) throw new Error(`unexpected UrlFetchApp.fetch(${url})`);
          const reply = options.fetch(call);
          if (reply.status >= 300 && !params.muteHttpExceptions) {
            throw new Error(`Request failed for ${url} returned code ${reply.status}`);
          }
          const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
          return { getResponseCode: () => reply.status, getContentText: () => text };
        },
      },
      Utilities: {
        formatDate(date: Date, timeZone: string, pattern: string) {
          const parts = Object.fromEntries(
            new Intl.DateTimeFormat('en-CA', {
              timeZone,
              year: 'numeric',
              month: '2-digit',
              day: '2-digit',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            })
              .formatToParts(new Date(date.getTime()))
              .map((p) => [p.type, p.value]),
          );
          return pattern
            .replace('yyyy', parts.year)
            .replace('MM', parts.month)
            .replace('dd', parts.day)
            .replace('HH', parts.hour)
            .replace('mm', parts.minute);
        },
        sleep: () => undefined,
      },
      Session: {
        getActiveUserLocale: () => 'en',
        getActiveUser: () => ({ getEmail: () => options.userEmail ?? '' }),
        getScriptTimeZone: () => 'Etc/UTC',
        getTemporaryActiveUserKey: () => 'user-key',
      },
      Logger: { log: () => undefined },
      console: { log: () => undefined, warn: () => undefined, error: () => undefined },
    });
  }

  if (options.now) {
    // Freeze the clock inside the vm: new Date() with no argument is `now`.
    vm.runInContext(
      `(() => { const Real = Date; const now = Real.parse(${JSON.stringify(options.now)});
        function FakeDate(...a) { if (!new.target) return new Real(now).toString(); return a.length ? new Real(...a) : new Real(now); }
        FakeDate.prototype = Real.prototype; FakeDate.now = () => now; FakeDate.UTC = Real.UTC; FakeDate.parse = Real.parse;
        globalThis.Date = FakeDate; })();`,
      context,
    );
  }

  vm.runInContext(readBundle(), context, { filename: 'Code.js' });
  return addon;
}

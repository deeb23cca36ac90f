// Stand-ins for the two Apps Script services weekly snapshots use, installed
// into a loaded add-on's context:
// - FakeScriptApp keeps installable triggers the way ScriptApp does for one
//   user: newTrigger(handler).timeBased().onWeekDay(day).atHour(hour)
//   [.inTimezone(zone)].create(), getProjectTriggers(), deleteTrigger(). Like
//   Apps Script for an add-on, it refuses a second time-driven trigger, so a
//   test fails if the add-on ever leaves two behind.
// - realUrlFetch answers UrlFetchApp.fetch with a real HTTP request (made in a
//   child process, since fetch is synchronous in Apps Script).

import { execFileSync } from 'node:child_process';
import type { Addon, FetchCall } from './load-addon';
import { plain } from './load-addon';

export interface FakeTrigger {
  readonly id: string;
  readonly handler: string;
  readonly day: string;
  readonly hour: number;
  readonly timeZone: string | null;
}

const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export class FakeScriptApp {
  readonly triggers: FakeTrigger[] = [];
  /** Every trigger ever created, deleted ones included. */
  readonly created: FakeTrigger[] = [];
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' };
  readonly WeekDay = Object.fromEntries(WEEK_DAYS.map((d) => [d, d]));
  private next = 1;

  /** Installs this fake (and keeps the harness's AuthMode) into an add-on's context. */
  installIn(addon: Addon): this {
    (addon.context as Record<string, unknown>).ScriptApp = this;
    return this;
  }

  newTrigger(handler: string) {
    const spec: { timeBased?: boolean; day?: string; hour?: number; timeZone?: string } = {};
    const builder = {
      timeBased: () => {
        spec.timeBased = true;
        return builder;
      },
      onWeekDay: (day: string) => {
        if (!WEEK_DAYS.includes(day)) throw new Error(`onWeekDay: not a ScriptApp.WeekDay: ${day}`);
        spec.day = day;
        return builder;
      },
      atHour: (hour: number) => {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`atHour: ${hour}`);
        spec.hour = hour;
        return builder;
      },
      inTimezone: (timeZone: string) => {
        spec.timeZone = timeZone;
        return builder;
      },
      create: () => {
        if (!spec.timeBased || spec.day === undefined || spec.hour === undefined) {
          throw new Error('create: a weekly trigger needs timeBased().onWeekDay().atHour()');
        }
        if (this.triggers.some((t) => t.day !== undefined)) {
          throw new Error('This add-on has already created a time-based trigger for this document');
        }
        const trigger = {
          id: `trigger-${this.next++}`,
          handler,
          day: spec.day,
          hour: spec.hour,
          timeZone: spec.timeZone ?? null,
        };
        this.triggers.push(trigger);
        this.created.push(trigger);
        return this.handle(trigger);
      },
    };
    return builder;
  }

  private handle(trigger: FakeTrigger) {
    return {
      getUniqueId: () => trigger.id,
      getHandlerFunction: () => trigger.handler,
      trigger,
    };
  }

  getProjectTriggers() {
    return this.triggers.map((t) => this.handle(t));
  }

  deleteTrigger(handle: { trigger: FakeTrigger }) {
    const at = this.triggers.indexOf(handle.trigger);
    if (at < 0) throw new Error('deleteTrigger: no such trigger');
    this.triggers.splice(at, 1);
  }

  /** Runs a trigger as Apps Script does: its handler with an event naming the trigger. */
  fire(addon: Addon, trigger: FakeTrigger): void {
    addon.call(trigger.handler, { triggerUid: trigger.id, authMode: 'FULL' });
  }
}

// Runs in a child process: reads {url, params} from stdin, makes the request,
// prints {status, body} or {error}.
const REQUEST = `
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', async () => {
  const { url, params } = JSON.parse(input);
  const headers = { ...(params.headers || {}) };
  if (params.contentType) headers['content-type'] = params.contentType;
  try {
    const r = await fetch(url, {
      method: (params.method || 'get').toUpperCase(),
      headers,
      body: params.payload,
      redirect: params.followRedirects === false ? 'manual' : 'follow',
    });
    process.stdout.write(JSON.stringify({ status: r.status, body: await r.text() }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e.cause?.code || e.message) }));
  }
});`;

/** UrlFetchApp with real HTTP; every call is also recorded in `log`. */
export function realUrlFetch(log: FetchCall[] = []) {
  return {
    fetch(url: string, params: FetchCall['params'] = {}) {
      const call = { url, params: plain<FetchCall['params']>(params) };
      log.push(call);
      const out = JSON.parse(
        execFileSync(process.execPath, ['-e', REQUEST], { input: JSON.stringify(call) }).toString(),
      ) as { status: number; body: string; error?: string };
      if (out.error) throw new Error(`Address unavailable: ${url} (${out.error})`);
      if (out.status >= 400 && !params.muteHttpExceptions) {
        throw new Error(`Request failed for ${url} returned code ${out.status}`);
      }
      return { getResponseCode: () => out.status, getContentText: () => out.body };
    },
  };
}

/** Copies one add-on instance's document and user properties into another (a later "day"). */
export function carryProperties(from: Addon, to: Addon): void {
  for (const [k, v] of from.documentProperties.store) to.documentProperties.store.set(k, v);
  for (const [k, v] of from.userProperties.store) to.userProperties.store.set(k, v);
}

import type { ServerApi } from '../../server-api';

type ServerName = keyof ServerApi;
type Args<K extends ServerName> = Parameters<ServerApi[K]>;
type Result<K extends ServerName> = ReturnType<ServerApi[K]>;

/** The client side of google.script.run, typed from the server functions themselves. */
type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & { [K in ServerName]: (...args: Args<K>) => void };

declare const google: { script: { run: Runner } };

/** Throws when a value holds a Date: google.script.run cannot carry one (send ISO strings). */
function assertNoDates(value: unknown, path: string): void {
  if (value instanceof Date) throw new Error(`${path} is a Date; send an ISO date string instead`);
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) assertNoDates(inner, `${path}.${key}`);
  }
}

/**
 * Calls a server function through google.script.run as a promise. The name
 * and arguments are checked against `ServerApi`, so the sidebar cannot drift
 * from the server.
 *
 * @example
 * const view = await call('getScorecard');
 */
export function call<K extends ServerName>(name: K, ...args: Args<K>): Promise<Result<K>> {
  args.forEach((arg, i) => {
    assertNoDates(arg, `${name} argument ${i + 1}`);
  });
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler(reject);
    (runner[name] as (...a: Args<K>) => void)(...args);
  });
}

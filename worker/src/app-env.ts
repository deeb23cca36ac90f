/** Hono environment of the app: the Worker's bindings and the team set by the key check. */
export interface AppEnv {
  Bindings: Env;
  Variables: { team: string };
}

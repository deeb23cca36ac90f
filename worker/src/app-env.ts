import type { Language } from '../../shared/types';

/**
 * Hono environment of the app: the Worker's bindings, the team set by the key
 * check and the language messages are answered in (set for every request).
 */
export interface AppEnv {
  Bindings: Env;
  Variables: { team: string; language: Language };
}

/** Team names the key script accepts: 1 to 64 letters, digits, ".", "_" or "-". */
export const TEAM_NAME: RegExp;
/** A new random key, its public id and the hash to store. */
export function makeKey(): { id: string; key: string; hash: string };
/** A SQL string literal of `text`, which must match `pattern`. */
export function sqlString(text: unknown, pattern: RegExp, what: string): string;
/** Checks a team name; returns it. */
export function checkTeam(team: unknown): string;
/** The id of a key id or of a whole key. */
export function keyId(text: unknown): string;
/** The SQL that stores a new key's hash for a team. */
export function insertSql(
  made: { id: string; hash: string },
  team: string,
  created: string,
): string;
/** The SQL that revokes one key or every live key of a team. */
export function revokeSql(target: { id: string } | { team: string }, when: string): string;
/** Reads the arguments of `revoke`: `--id <id>` or `--team <team>`. */
export function revokeTarget(args: string[]): { id: string } | { team: string };

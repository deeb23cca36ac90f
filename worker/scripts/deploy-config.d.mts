/** The flat settings of a wrangler.toml, table by table ('' is the top level); one entry per block. */
export function readSettings(text: string): Record<string, Record<string, string>[]>;
/** What is wrong with a production ALLOWED_ORIGINS value; empty when it is fine. */
export function originProblems(value: string | undefined): string[];
/** Everything that stops a production deploy in a wrangler.toml; empty when it may go on. */
export function productionProblems(text: string): string[];
/** Bytes one Durable Object holds. */
export const OBJECT_STORAGE_BYTES: number;
/** What is wrong with a production MAX_TEAM_STORAGE_BYTES value; empty when it is fine. */
export function storageLimitProblems(value: string | undefined): string[];

/** A row of the `keys` table. */
export interface KeyRow {
  id: string;
  team: string;
  hash: string;
  created: string;
  revoked: string | null;
}

/** An API key as the Worker sees it: which team it belongs to and whether it still works. */
export interface ApiKeyRecord {
  id: string;
  team: string;
  /** SHA-256 of the whole key, hex. */
  hash: string;
  created: string;
  revoked: boolean;
}

const toRecord = (row: KeyRow): ApiKeyRecord => ({
  id: row.id,
  team: row.team,
  hash: row.hash,
  created: row.created,
  revoked: row.revoked !== null,
});

/** Finds a key by its public id (the part before the secret). */
export async function findKey(db: D1Database, id: string): Promise<ApiKeyRecord | null> {
  const row = await db
    .prepare('SELECT id, team, hash, created, revoked FROM keys WHERE id = ?1')
    .bind(id)
    .first<KeyRow>();
  return row ? toRecord(row) : null;
}

/** Stores a new key's hash for a team. */
export async function insertKey(
  db: D1Database,
  key: { id: string; team: string; hash: string; created: string },
): Promise<void> {
  await db
    .prepare('INSERT INTO keys (id, team, hash, created) VALUES (?1, ?2, ?3, ?4)')
    .bind(key.id, key.team, key.hash, key.created)
    .run();
}

/** Marks a key revoked; returns whether a live key was found. */
export async function revokeKey(db: D1Database, id: string, when: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE keys SET revoked = ?2 WHERE id = ?1 AND revoked IS NULL')
    .bind(id, when)
    .run();
  return result.meta.changes > 0;
}

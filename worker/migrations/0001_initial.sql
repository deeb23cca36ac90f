-- API keys: only the SHA-256 hash of each key is kept. A key reads and writes
-- the snapshots of its team only.
CREATE TABLE keys (
  id TEXT PRIMARY KEY,
  team TEXT NOT NULL,
  hash TEXT NOT NULL,
  created TEXT NOT NULL,
  revoked TEXT
);
CREATE INDEX keys_team ON keys (team);

-- One dated snapshot of a team's pipeline; posting the same team and date
-- again replaces it. `stages` is the stage table the deals were read with.
CREATE TABLE snapshots (
  team TEXT NOT NULL,
  as_of INTEGER NOT NULL,
  stages TEXT NOT NULL,
  deal_count INTEGER NOT NULL,
  created TEXT NOT NULL,
  PRIMARY KEY (team, as_of)
);

-- The deals of a snapshot, one row each, in input order.
CREATE TABLE snapshot_deals (
  team TEXT NOT NULL,
  as_of INTEGER NOT NULL,
  position INTEGER NOT NULL,
  deal_key TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (team, as_of, position),
  FOREIGN KEY (team, as_of) REFERENCES snapshots (team, as_of) ON DELETE CASCADE
);

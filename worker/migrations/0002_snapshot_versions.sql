-- Each snapshot carries a version that every write of its team and date raises
-- by one, so a client can replace a snapshot only if it is still the one it
-- read (If-Match). `writer` holds a random token of the last write, which the
-- statements of one write batch test to learn whether the header write applied.
ALTER TABLE snapshots ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE snapshots ADD COLUMN writer TEXT;

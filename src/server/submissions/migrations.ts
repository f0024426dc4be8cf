import type { DatabaseSync } from 'node:sqlite';

/**
 * Schema changes, in order. Never edit a released entry: add a new one. The database's
 * `PRAGMA user_version` records how many have been applied.
 */
export const migrations: readonly string[] = [
  // 1: submissions, one row per tip or question, moderated in place.
  `CREATE TABLE submissions (
     id INTEGER PRIMARY KEY,
     ref TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN ('tip', 'question')),
     article TEXT NOT NULL,
     body TEXT NOT NULL DEFAULT '',
     video_url TEXT,
     context TEXT,
     name TEXT,
     email TEXT,
     status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'answered')),
     hold_reason TEXT,
     dup_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     reviewed_at TEXT,
     answer TEXT,
     answered_by TEXT
   ) STRICT;
   CREATE UNIQUE INDEX submissions_dup ON submissions (kind, dup_hash);
   CREATE INDEX submissions_status ON submissions (status, created_at);`,
  // 2: time-trap nonces that carried a stored post, kept until the token would have expired anyway,
  // so that a restart does not let a used token post again.
  `CREATE TABLE used_tokens (
     nonce TEXT PRIMARY KEY,
     expires_at INTEGER NOT NULL
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX used_tokens_expiry ON used_tokens (expires_at);`,
];

/** Applies every migration the database has not seen, each in its own transaction. Returns the new version. */
export function migrate(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  let version = row.user_version;
  if (version > migrations.length) {
    throw new Error(
      `The database is at schema version ${version}, newer than this code (${migrations.length}).`,
    );
  }
  for (const migration of migrations.slice(version)) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration);
      version += 1;
      // user_version cannot be bound as a parameter; it is our own integer.
      db.exec(`PRAGMA user_version = ${version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return version;
}

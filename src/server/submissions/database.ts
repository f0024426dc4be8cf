import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.ts';

/** File name of the submissions database inside DATA_DIR. */
export const DATABASE_FILE = 'submissions.sqlite';

/**
 * Opens (creating if needed) the submissions database in `dataDir`, in WAL mode with full sync:
 * a committed row is on disk before we answer the reader, and readers never block the writer.
 */
export function openDatabase(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  // The moderation CLI and the server may touch the file at once; wait rather than fail.
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  return db;
}

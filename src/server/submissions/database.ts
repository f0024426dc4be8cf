import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.ts';

/** File name of the submissions database inside DATA_DIR. */
export const DATABASE_FILE = 'submissions.sqlite';

/** Where the database of `dataDir` lives. */
export const databasePath = (dataDir: string): string => join(dataDir, DATABASE_FILE);

/**
 * Creates `dir` and any missing parents, one at a time. Node's own `mkdirSync(…, { recursive: true })`
 * never returns for a folder under /proc (it retries ENOENT forever), which hung the server at start.
 */
function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Opens (creating if needed) the submissions database in `dataDir`, in WAL mode with full sync:
 * a committed row is on disk before we answer the reader, and readers never block the writer.
 * `busyTimeoutMs` is how long a write waits for a lock another process holds (the moderation
 * CLI waits; the server's writer thread sets its own limit per batch).
 */
export function openDatabase(dataDir: string, busyTimeoutMs = 5000): DatabaseSync {
  ensureDir(dataDir);
  const db = new DatabaseSync(databasePath(dataDir));
  db.exec(`PRAGMA busy_timeout = ${Math.floor(busyTimeoutMs)}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  return db;
}

/** Thrown when DATA_DIR cannot hold the database; the message names the folder and the reason. */
export class DataDirError extends Error {}

/**
 * Opens the database for the server at start-up, or throws DataDirError: a server that cannot
 * store posts must not come up and answer every post with an error while looking healthy.
 */
export function openForServer(dataDir: string): DatabaseSync {
  const named = resolve(dataDir) === dataDir ? dataDir : `${dataDir} (${resolve(dataDir)})`;
  try {
    const db = openDatabase(dataDir);
    // WAL needs to create its -wal and -shm files next to the database.
    accessSync(dataDir, constants.W_OK);
    accessSync(databasePath(dataDir), constants.R_OK | constants.W_OK);
    return db;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataDirError(
      `DATA_DIR ${named} cannot hold the submissions database: ${reason}. ` +
        'Point DATA_DIR at a folder this user can create and write.',
    );
  }
}

/** Device and inode of a file, to notice when the file we opened was removed or replaced. */
export function fileIdentity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** True for SQLite's "database is locked" (SQLITE_BUSY, also as an extended code). */
export function isBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && (code & 0xff) === 5;
}

import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { databasePath, fileIdentity } from './database.ts';

/** The answer of GET /healthz: ok, or the problems a supervisor and an operator should see. */
export interface Health {
  ok: boolean;
  problems: string[];
}

/**
 * Health of the submission store: the database answers a read, the file at DATA_DIR is still the
 * one we opened (same device and inode: not removed or replaced), and the writer thread runs.
 * The read uses its own connection with no busy wait, so a health check never blocks the event loop.
 */
export class StoreHealth {
  private readonly read: StatementSync;
  private readonly path: string;
  private readonly opened: string | undefined;
  private readonly writerAlive: () => boolean;

  constructor(db: DatabaseSync, dataDir: string, writerAlive: () => boolean) {
    db.exec('PRAGMA busy_timeout = 0');
    this.read = db.prepare('SELECT id FROM submissions ORDER BY id DESC LIMIT 1');
    this.path = databasePath(dataDir);
    this.opened = fileIdentity(this.path);
    this.writerAlive = writerAlive;
  }

  check(): Health {
    const problems: string[] = [];
    if (fileIdentity(this.path) !== this.opened) {
      problems.push(`${this.path} was removed or replaced since the server opened it`);
    }
    try {
      this.read.get();
    } catch (error) {
      problems.push(`the database does not answer a read: ${String(error)}`);
    }
    if (!this.writerAlive()) problems.push('the writer thread has stopped');
    return { ok: problems.length === 0, problems };
  }
}

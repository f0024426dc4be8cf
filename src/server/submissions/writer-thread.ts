// The writer thread: owns the database's write connection, so that a slow disk or a lock held by
// another process (a moderator's sqlite3 shell, a backup) stalls only this thread and the posts
// waiting on it, never the event loop that serves pages. Started by writer.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { databasePath, fileIdentity, isBusy, openDatabase } from './database.ts';
import { SubmissionStore } from './store.ts';
import { writeBatch } from './write-batch.ts';
import type { FromWriter, ToWriter, WriteJob, WriteOutcome, WriterOptions } from './writer.ts';

const port = parentPort;
if (!port) throw new Error('writer-thread.ts runs as a worker thread (see writer.ts)');
const { dataDir } = workerData as WriterOptions;
const db = openDatabase(dataDir);
const store = new SubmissionStore(db);
const path = databasePath(dataDir);
const opened = fileIdentity(path);

let queue: WriteJob[] = [];
let scheduled = false;

const send = (message: FromWriter) => port.postMessage(message);
const answer = (jobs: WriteJob[], result: WriteOutcome, error?: string) => {
  if (jobs.length > 0) send({ type: 'results', results: jobs.map((j) => [j.id, result]), error });
};

/**
 * Writes everything that arrived since the last batch in one transaction (group commit). While
 * another process holds the lock, waits until the earliest deadline, answers the posts whose time
 * is up with "busy" and tries again for the rest.
 */
function flush(): void {
  scheduled = false;
  let batch = queue;
  queue = [];
  while (batch.length > 0) {
    const now = Date.now();
    answer(
      batch.filter((j) => j.deadline <= now),
      'busy',
    );
    batch = batch.filter((j) => j.deadline > now);
    if (batch.length === 0) return;
    // The file we opened was removed or replaced (DATA_DIR deleted): rows written now would vanish.
    if (fileIdentity(path) !== opened) {
      answer(batch, 'gone');
      return;
    }
    db.exec(`PRAGMA busy_timeout = ${Math.min(...batch.map((j) => j.deadline)) - now}`);
    try {
      const results = writeBatch(
        store,
        batch.map((j) => j.item),
      );
      send({ type: 'results', results: batch.map((job, i) => [job.id, results[i] ?? 'failed']) });
      return;
    } catch (error) {
      if (!isBusy(error)) {
        answer(batch, 'failed', String(error));
        return;
      }
    }
  }
}

/** Forgets spent nonces whose tokens have expired anyway; skipped while the lock is taken. */
function prune(): void {
  try {
    db.exec('PRAGMA busy_timeout = 0');
    store.pruneTokens(Date.now());
  } catch (error) {
    if (!isBusy(error)) console.error('[submissions] pruning used tokens failed:', error);
  }
}

port.on('message', (message: ToWriter) => {
  if (message.type === 'close') {
    flush();
    store.close();
    send({ type: 'closed' });
    port.close();
    return;
  }
  queue.push(...message.jobs);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});

prune();
setInterval(prune, 10 * 60 * 1000).unref();
send({ type: 'ready' });

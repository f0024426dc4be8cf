import { Worker } from 'node:worker_threads';
import type { WriteItem, WriteResult } from './write-batch.ts';

/**
 * What became of a post sent to the writer: a WriteResult, or "busy" (the lock stayed taken past
 * its deadline; nothing stored), "gone" (the database file was removed under us; nothing stored)
 * or "failed" (an error; nothing stored).
 */
export type WriteOutcome = WriteResult | 'busy' | 'gone' | 'failed';

export interface WriterOptions {
  dataDir: string;
  /** How long a post may wait for the write lock before it is answered "busy". */
  writeTimeoutMs: number;
}

/** One post handed to the writer thread. */
export interface WriteJob {
  id: number;
  item: WriteItem;
  /** Until when (ms) the post may wait for the lock. */
  deadline: number;
}

/** Messages to and from the writer thread (writer-thread.ts); posts travel in batches. */
export type ToWriter = { type: 'write'; jobs: WriteJob[] } | { type: 'close' };
export type FromWriter =
  | { type: 'ready' }
  | { type: 'closed' }
  | { type: 'results'; results: [id: number, outcome: WriteOutcome][]; error?: string | undefined };

// Beyond its deadline the thread answers by itself; this is for a thread stuck in a system call.
const GRACE_MS = 2_000;

interface Pending {
  resolve: (outcome: WriteOutcome) => void;
  deadline: number;
}

/**
 * The event loop's side of the writer thread: hands posts over and resolves each once the thread
 * says it is committed (synced: synchronous = FULL) or why not. Posts that arrive in the same turn
 * of the event loop travel in one message and are written in one transaction (group commit).
 */
export class SubmissionWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly options: WriterOptions;
  private outbox: WriteJob[] = [];
  private nextId = 1;
  private running = true;
  private readonly overdue: NodeJS.Timeout;
  /** Resolves once the thread has opened the database; rejects if it cannot. */
  readonly ready: Promise<void>;

  /** @param onFatal called once if the thread dies after start-up (the server should then exit). */
  constructor(options: WriterOptions, onFatal: (error: Error) => void) {
    this.options = options;
    this.worker = new Worker(new URL('./writer-thread.ts', import.meta.url), {
      workerData: options,
    });
    this.ready = this.watch(onFatal);
    this.overdue = setInterval(() => this.answerOverdue(), 1_000).unref();
  }

  /** True until the thread has stopped. */
  get alive(): boolean {
    return this.running;
  }

  write(item: WriteItem): Promise<WriteOutcome> {
    if (!this.running) return Promise.resolve('failed');
    const id = this.nextId++;
    const deadline = Date.now() + this.options.writeTimeoutMs;
    if (this.outbox.length === 0) setImmediate(() => this.send());
    this.outbox.push({ id, item, deadline });
    return new Promise((resolve) => this.pending.set(id, { resolve, deadline }));
  }

  /** Lets the thread write what it has, then stops it. */
  async close(): Promise<void> {
    if (!this.running) return;
    this.send();
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.running = false;
    this.worker.postMessage({ type: 'close' } satisfies ToWriter);
    await exited;
    clearInterval(this.overdue);
  }

  private send(): void {
    if (this.outbox.length === 0) return;
    const jobs = this.outbox;
    this.outbox = [];
    this.worker.postMessage({ type: 'write', jobs } satisfies ToWriter);
  }

  /** Before "ready", a failure rejects `ready` (start-up reports it); after, it is fatal. */
  private watch(onFatal: (error: Error) => void): Promise<void> {
    let started = false;
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        const wasRunning = this.running;
        this.stop();
        if (!started) reject(error);
        else if (wasRunning) onFatal(error);
      };
      this.worker.on('message', (m: FromWriter) => {
        if (m.type === 'ready') {
          started = true;
          resolve();
        } else if (m.type === 'results') {
          if (m.error) console.error(`[submissions] write failed: ${m.error}`);
          for (const [id, outcome] of m.results) this.settle(id, outcome);
        }
      });
      this.worker.once('error', fail);
      this.worker.once('exit', (code) =>
        fail(new Error(`the writer thread exited (code ${code})`)),
      );
    });
  }

  private settle(id: number, outcome: WriteOutcome): void {
    const pending = this.pending.get(id);
    if (!pending) {
      // Answered "busy" already as overdue; the thread got to it after all.
      if (outcome === 'stored') console.warn('[submissions] a post answered 503 was stored late');
      return;
    }
    this.pending.delete(id);
    pending.resolve(outcome);
  }

  private answerOverdue(): void {
    const now = Date.now();
    for (const [id, { deadline }] of this.pending) {
      if (deadline + GRACE_MS < now) this.settle(id, 'busy');
    }
  }

  private stop(): void {
    this.running = false;
    clearInterval(this.overdue);
    for (const { resolve } of this.pending.values()) resolve('failed');
    this.pending.clear();
  }
}

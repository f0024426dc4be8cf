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

/** Messages to and from the writer thread (writer-thread.ts). */
export type ToWriter =
  { type: 'write'; id: number; item: WriteItem; deadline: number } | { type: 'close' };
export type FromWriter =
  | { type: 'ready' }
  | { type: 'closed' }
  | { type: 'result'; id: number; result: WriteOutcome; error?: string | undefined };

// Beyond its deadline the thread answers by itself; this is for a thread stuck in a system call.
const GRACE_MS = 2_000;

/**
 * The event loop's side of the writer thread: hands each post over and resolves once the thread
 * says it is committed (synced: synchronous = FULL) or why not. Posts that arrive together are
 * written in one transaction by the thread (group commit).
 */
export class SubmissionWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (outcome: WriteOutcome) => void>();
  private readonly options: WriterOptions;
  private nextId = 1;
  private running = true;
  /** Resolves once the thread has opened the database; rejects if it cannot. */
  readonly ready: Promise<void>;

  /** @param onFatal called once if the thread dies unexpectedly (the server should then exit). */
  constructor(options: WriterOptions, onFatal: (error: Error) => void) {
    this.options = options;
    this.worker = new Worker(new URL('./writer-thread.ts', import.meta.url), {
      workerData: options,
    });
    let started = false;
    // Before "ready", a failure rejects `ready` (start-up reports it); after, it is fatal.
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: FromWriter) => {
        if (m.type === 'ready') {
          started = true;
          resolve();
        } else if (m.type === 'result') this.settle(m.id, m.result, m.error);
      });
      this.worker.once('error', (error) => {
        const wasRunning = this.running;
        this.stop();
        if (!started) reject(error);
        else if (wasRunning) onFatal(error);
      });
      this.worker.once('exit', (code) => {
        const wasRunning = this.running;
        this.stop();
        if (!started) reject(new Error(`the writer thread exited (code ${code})`));
        else if (wasRunning) onFatal(new Error(`the writer thread exited (code ${code})`));
      });
    });
  }

  /** True until the thread has stopped. */
  get alive(): boolean {
    return this.running;
  }

  write(item: WriteItem): Promise<WriteOutcome> {
    if (!this.running) return Promise.resolve('failed');
    const id = this.nextId++;
    const deadline = Date.now() + this.options.writeTimeoutMs;
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.settle(id, 'busy'),
        this.options.writeTimeoutMs + GRACE_MS,
      );
      this.pending.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      this.worker.postMessage({ type: 'write', id, item, deadline } satisfies ToWriter);
    });
  }

  /** Lets the thread write what it has, then stops it. */
  async close(): Promise<void> {
    if (!this.running) return;
    const closed = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.running = false;
    this.worker.postMessage({ type: 'close' } satisfies ToWriter);
    await closed;
  }

  private settle(id: number, outcome: WriteOutcome, error?: string): void {
    const resolve = this.pending.get(id);
    if (error) console.error(`[submissions] write failed: ${error}`);
    if (!resolve) {
      // Answered "busy" already by the grace timer; the thread got to it after all.
      if (outcome === 'stored') console.warn('[submissions] a post answered 503 was stored late');
      return;
    }
    this.pending.delete(id);
    resolve(outcome);
  }

  private stop(): void {
    this.running = false;
    for (const resolve of this.pending.values()) resolve('failed');
    this.pending.clear();
  }
}

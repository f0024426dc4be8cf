import type { NewSubmission, SubmissionStore } from './store.ts';

interface Waiting {
  record: NewSubmission;
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: posts that arrive while the event loop is busy are written in one transaction,
 * so one fsync covers them all. Each caller is answered only after that transaction is committed
 * (synchronous = FULL), so "received" still means "on disk".
 */
export class GroupCommit {
  private readonly store: SubmissionStore;
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(store: SubmissionStore) {
    this.store = store;
  }

  /** Resolves true once stored and synced, false for a duplicate. */
  insert(record: NewSubmission): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ record, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.scheduled = false;
    let results: boolean[];
    try {
      results = this.store.transaction(() => batch.map((w) => this.store.insert(w.record)));
    } catch (error) {
      for (const w of batch) w.reject(error);
      return;
    }
    batch.forEach((w, i) => w.resolve(results[i] as boolean));
  }
}

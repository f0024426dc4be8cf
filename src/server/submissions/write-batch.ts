import type { NewSubmission, SubmissionStore } from './store.ts';

/** One post on its way to the disk, with the time-trap nonce it spends. */
export interface WriteItem {
  record: NewSubmission;
  nonce: string;
  /** When the nonce's token expires anyway (ms); it is remembered until then. */
  nonceExpiresAt: number;
}

/**
 * What became of one post: stored; a duplicate of a stored post; or refused because its token
 * already carried a post (before a restart, or in another batch).
 */
export type WriteResult = 'stored' | 'duplicate' | 'replayed';

/**
 * Writes posts that arrived together in one transaction, so one fsync covers them all, and spends
 * each post's nonce in the same transaction: a post is stored if and only if its token is used up.
 * Throws (and writes nothing) when the transaction fails, e.g. because another process holds the lock.
 */
export function writeBatch(store: SubmissionStore, items: readonly WriteItem[]): WriteResult[] {
  return store.transaction(() =>
    items.map((item): WriteResult => {
      if (!store.useToken(item.nonce, item.nonceExpiresAt)) return 'replayed';
      if (store.insert(item.record)) return 'stored';
      // Not stored, so the token is not spent: the reader may still use it.
      store.releaseToken(item.nonce);
      return 'duplicate';
    }),
  );
}

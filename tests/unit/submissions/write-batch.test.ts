import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/submissions/database';
import { SubmissionStore } from '../../../src/server/submissions/store';
import { writeBatch } from '../../../src/server/submissions/write-batch';
import { sampleRecord, tempDir } from './helpers';

const record = (n: number, key = String(n)) => sampleRecord(n, { duplicateKey: key });
const expires = Date.now() + 60_000;

describe('writeBatch', () => {
  it('stores a post and spends its nonce in one transaction', () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    const results = writeBatch(store, [
      { record: record(1), nonce: 'a', nonceExpiresAt: expires },
      { record: record(2), nonce: 'a', nonceExpiresAt: expires },
      { record: record(3, '1'), nonce: 'b', nonceExpiresAt: expires },
    ]);
    // 2 reuses a's token; 3 repeats 1's content: neither is stored.
    expect(results).toEqual(['stored', 'replayed', 'duplicate']);
    expect(store.count()).toBe(1);
    // The duplicate did not spend its token: it may still carry a new post.
    expect(writeBatch(store, [{ record: record(4), nonce: 'b', nonceExpiresAt: expires }])).toEqual(
      ['stored'],
    );
    store.close();
  });

  it('forgets nonces once their tokens have expired', () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    writeBatch(store, [{ record: record(1), nonce: 'old', nonceExpiresAt: 1000 }]);
    expect(store.pruneTokens(1000)).toBe(1);
    expect(store.useToken('old', expires)).toBe(true);
    store.close();
  });
});

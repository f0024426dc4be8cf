import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/submissions/database';
import { GroupCommit } from '../../../src/server/submissions/group-commit';
import { SubmissionStore, type NewSubmission } from '../../../src/server/submissions/store';
import { tempDir } from './helpers';

const record = (n: number, key = String(n)): NewSubmission => ({
  ref: `T-0000-${String(n).padStart(4, '0')}`,
  kind: 'tip',
  article: 'emotional-intimacy',
  body: `tip ${n}`,
  videoUrl: null,
  context: null,
  name: null,
  email: null,
  holdReason: null,
  createdAt: '2026-11-25T10:00:00.000Z',
  duplicateKey: key,
});

describe('GroupCommit', () => {
  it('writes posts that arrive together in one transaction and answers each one', async () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    const commits = new GroupCommit(store);
    // 3 repeats the content of 1: inside the same batch it is still a duplicate.
    const results = await Promise.all([
      commits.insert(record(1)),
      commits.insert(record(2)),
      commits.insert(record(3, '1')),
    ]);
    expect(results).toEqual([true, true, false]);
    expect(store.count()).toBe(2);
    store.close();
  });

  it('rejects every waiting post when the transaction fails, leaving nothing half-written', async () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    const commits = new GroupCommit(store);
    const bad = { ...record(2), kind: 'poem' } as unknown as NewSubmission; // violates the CHECK constraint
    const outcomes = await Promise.allSettled([commits.insert(record(1)), commits.insert(bad)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(store.count()).toBe(0);
    store.close();
  });
});

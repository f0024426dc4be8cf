import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../src/server/submissions/database';
import { migrations } from '../../../src/server/submissions/migrations';
import { SubmissionStore, type NewSubmission } from '../../../src/server/submissions/store';
import { sampleRecord, tempDir } from './helpers';

const record = (overrides: Partial<NewSubmission> = {}): NewSubmission =>
  sampleRecord(1, {
    ref: 'T-AAAA-0001',
    body: 'A tip long enough to keep.',
    duplicateKey: 'a tip long enough to keep',
    ...overrides,
  });
describe('openDatabase', () => {
  it('creates the file in WAL mode at the latest schema version, and reopening is harmless', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: migrations.length });
    db.close();
  });

  it('refuses a database from newer code', () => {
    const dir = tempDir();
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec(`PRAGMA user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/newer than this code/);
  });
});

describe('SubmissionStore', () => {
  it('stores, reads back and refuses a duplicate', () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    expect(store.insert(record())).toBe(true);
    expect(store.insert(record({ ref: 'T-AAAA-0002' }))).toBe(false);
    expect(store.count()).toBe(1);
    expect(store.get('T-AAAA-0001')).toMatchObject({
      status: 'pending',
      article: 'emotional-intimacy',
      holdReason: null,
    });
    store.close();
  });

  it('keeps SQL-looking text as plain data', () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    const body = "Robert'); DROP TABLE submissions;--";
    store.insert(record({ body, duplicateKey: body }));
    expect(store.get('T-AAAA-0001')?.body).toBe(body);
    expect(store.count()).toBe(1);
    store.close();
  });

  it('lists pending first (oldest first), then reviewed ones', () => {
    const store = new SubmissionStore(openDatabase(tempDir()));
    store.insert(
      record({ ref: 'T-0000-0001', createdAt: '2026-11-01T00:00:00Z', duplicateKey: '1' }),
    );
    store.insert(
      record({ ref: 'T-0000-0002', createdAt: '2026-11-02T00:00:00Z', duplicateKey: '2' }),
    );
    store.insert(
      record({
        ref: 'Q-0000-0003',
        kind: 'question',
        createdAt: '2026-11-03T00:00:00Z',
        duplicateKey: '3',
      }),
    );
    store.setStatus('T-0000-0001', 'approved', '2026-11-04T00:00:00Z');
    expect(store.list().map((s) => s.ref)).toEqual(['T-0000-0002', 'Q-0000-0003', 'T-0000-0001']);
    expect(store.list({ kind: 'question' }).map((s) => s.ref)).toEqual(['Q-0000-0003']);
    expect(store.setAnswer('T-0000-0002', 'no', 'editorial-team', 'x')).toBe(false);
    expect(store.setAnswer('Q-0000-0003', 'Yes.', 'editorial-team', '2026-11-05T00:00:00Z')).toBe(
      true,
    );
    expect(store.get('Q-0000-0003')).toMatchObject({ status: 'answered', answer: 'Yes.' });
    store.close();
  });
});

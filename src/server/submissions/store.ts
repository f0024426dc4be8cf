import { createHash } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export type SubmissionKind = 'tip' | 'question';
export type SubmissionStatus = 'pending' | 'approved' | 'rejected' | 'answered';

/** One stored submission, as the moderation tools see it. */
export interface Submission {
  ref: string;
  kind: SubmissionKind;
  article: string;
  /** The tip text, or the question. */
  body: string;
  videoUrl: string | null;
  context: string | null;
  name: string | null;
  email: string | null;
  status: SubmissionStatus;
  /** Why the post was held for a closer look (e.g. many links); null when nothing stood out. */
  holdReason: string | null;
  createdAt: string;
  reviewedAt: string | null;
  answer: string | null;
  answeredBy: string | null;
}

export type NewSubmission = Pick<
  Submission,
  | 'ref'
  | 'kind'
  | 'article'
  | 'body'
  | 'videoUrl'
  | 'context'
  | 'name'
  | 'email'
  | 'holdReason'
  | 'createdAt'
> & {
  /** Normalised content (see duplicateKey); only its hash is stored. */
  duplicateKey: string;
};

type Row = Record<string, string | number | null>;

const COLUMNS = `ref, kind, article, body, video_url AS videoUrl, context, name, email, status,
  hold_reason AS holdReason, created_at AS createdAt, reviewed_at AS reviewedAt, answer, answered_by AS answeredBy`;

/** All SQL the service runs, prepared once per connection. */
export class SubmissionStore {
  private readonly insertStmt: StatementSync;
  private readonly byRefStmt: StatementSync;
  private readonly listStmt: StatementSync;
  private readonly countStmt: StatementSync;
  private readonly reviewStmt: StatementSync;
  private readonly answerStmt: StatementSync;
  private readonly useTokenStmt: StatementSync;
  private readonly releaseTokenStmt: StatementSync;
  private readonly pruneTokensStmt: StatementSync;

  private readonly db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.db = db;
    // ON CONFLICT on the (kind, dup_hash) index turns a duplicate into "no row inserted" without an exception.
    this.insertStmt = db.prepare(
      `INSERT INTO submissions (ref, kind, article, body, video_url, context, name, email, hold_reason, dup_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, dup_hash) DO NOTHING`,
    );
    this.byRefStmt = db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE ref = ?`);
    // Pending first (oldest first, so nobody waits forever), then the rest, newest first.
    this.listStmt = db.prepare(
      `SELECT ${COLUMNS} FROM submissions WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR kind = ?2)
       ORDER BY status <> 'pending', CASE WHEN status = 'pending' THEN created_at END ASC, created_at DESC`,
    );
    this.countStmt = db.prepare('SELECT COUNT(*) AS n FROM submissions');
    this.reviewStmt = db.prepare(
      'UPDATE submissions SET status = ?, reviewed_at = ? WHERE ref = ?',
    );
    this.answerStmt = db.prepare(
      `UPDATE submissions SET status = 'answered', answer = ?, answered_by = ?, reviewed_at = ? WHERE ref = ? AND kind = 'question'`,
    );
    this.useTokenStmt = db.prepare(
      'INSERT INTO used_tokens (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING',
    );
    this.releaseTokenStmt = db.prepare('DELETE FROM used_tokens WHERE nonce = ?');
    this.pruneTokensStmt = db.prepare('DELETE FROM used_tokens WHERE expires_at <= ?');
  }

  /**
   * Stores a submission and returns true once it is committed (autocommit: the statement is its
   * own transaction, synced to disk). Returns false when the same content is already stored.
   */
  insert(s: NewSubmission): boolean {
    const hash = createHash('sha256').update(s.duplicateKey).digest('hex');
    const result = this.insertStmt.run(
      s.ref,
      s.kind,
      s.article,
      s.body,
      s.videoUrl,
      s.context,
      s.name,
      s.email,
      s.holdReason,
      hash,
      s.createdAt,
    );
    return result.changes === 1;
  }

  /** Records a time-trap nonce as used until `expiresAt` (ms); false when it already was. */
  useToken(nonce: string, expiresAt: number): boolean {
    return this.useTokenStmt.run(nonce, expiresAt).changes === 1;
  }

  /** Forgets a nonce recorded in the same transaction whose post was then not stored. */
  releaseToken(nonce: string): void {
    this.releaseTokenStmt.run(nonce);
  }

  /** Drops nonces whose tokens have expired anyway; returns how many. */
  pruneTokens(now: number): number {
    return Number(this.pruneTokensStmt.run(now).changes);
  }

  /** Runs `work` in one write transaction: all of it is committed (and synced) or none of it. */
  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  get(ref: string): Submission | undefined {
    return this.byRefStmt.get(ref) as Submission | undefined;
  }

  list(filter: { status?: SubmissionStatus; kind?: SubmissionKind } = {}): Submission[] {
    return this.listStmt.all(filter.status ?? null, filter.kind ?? null) as unknown as Submission[];
  }

  count(): number {
    return (this.countStmt.get() as Row)['n'] as number;
  }

  setStatus(ref: string, status: 'approved' | 'rejected' | 'pending', at: string): boolean {
    return this.reviewStmt.run(status, at, ref).changes === 1;
  }

  setAnswer(ref: string, answer: string, answeredBy: string, at: string): boolean {
    return this.answerStmt.run(answer, answeredBy, at, ref).changes === 1;
  }

  close(): void {
    this.db.close();
  }
}

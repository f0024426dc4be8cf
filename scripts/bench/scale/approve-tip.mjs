// Approves one reader tip the way `npm run moderate -- approve` does: a submission stored in a
// throw-away database, then the moderation code writes its content file into the corpus.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../src/server/submissions/database.ts';
import { SubmissionStore } from '../../../src/server/submissions/store.ts';
import { approve } from '../../../src/server/submissions/moderation.ts';
import { referenceCode } from '../../../src/lib/reference-code.ts';

/** Writes `<contentDir>/tips/<ref>.json` for `article`; returns the file's path. */
export function approveOneTip(contentDir, article) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'closer-scale-db-'));
  const db = openDatabase(dataDir);
  try {
    const store = new SubmissionStore(db);
    const ref = referenceCode('tip');
    const now = new Date().toISOString();
    const body = 'We put our phones in a drawer for the first hour after work. It helped.';
    store.insert({
      ref,
      kind: 'tip',
      article,
      body,
      videoUrl: null,
      context: null,
      name: 'Benchmark reader',
      email: null,
      holdReason: null,
      createdAt: now,
      duplicateKey: `${ref} ${body}`,
    });
    return approve(store, contentDir, ref, now);
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/submissions/database';
import { SubmissionStore, type NewSubmission } from '../../../src/server/submissions/store';
import { tempDir } from './helpers';

// The moderation CLI as an editor runs it (issue 12, findings 6 and 7): a typo must not write a file
// the next build fails on, and what a reader wrote must not be able to pass for the tool's own output.

function seed(dir: string, rows: Partial<NewSubmission>[]) {
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  mkdirSync(join(dir, 'content', 'authors'), { recursive: true });
  writeFileSync(join(dir, 'content', 'articles', 'emotional-intimacy.mdx'), '---\ntitle: x\n---\n');
  writeFileSync(join(dir, 'content', 'authors', 'editorial-team.yaml'), 'name: Editorial team\n');
  const store = new SubmissionStore(openDatabase(join(dir, 'data')));
  rows.forEach((row, i) =>
    store.insert({
      ref: `Q-AAAA-000${i + 1}`,
      kind: 'question',
      article: 'emotional-intimacy',
      body: 'How do we talk again after a fight?',
      videoUrl: null,
      context: null,
      name: null,
      email: null,
      holdReason: null,
      createdAt: '2026-11-24T09:00:00.000Z',
      duplicateKey: String(i),
      ...row,
    }),
  );
  store.close();
}

const cli = (dir: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'scripts/moderate.ts', ...args],
    {
      env: { ...process.env, DATA_DIR: join(dir, 'data'), CONTENT_DIR: join(dir, 'content') },
      encoding: 'utf8',
    },
  );

describe('npm run moderate: references and reader text', { timeout: 30_000 }, () => {
  it('refuses an unknown author, names the valid ones, and writes nothing', () => {
    const dir = tempDir();
    seed(dir, [{}]);
    const run = cli(
      dir,
      'answer',
      'Q-AAAA-0001',
      'Start with a calm check-in.',
      '--by',
      'no-such-author',
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no-such-author');
    expect(run.stderr).toContain('editorial-team');
    expect(existsSync(join(dir, 'content', 'questions', 'q-aaaa-0001.json'))).toBe(false);
    const ok = cli(dir, 'answer', 'Q-AAAA-0001', 'Start with a calm check-in.');
    expect(ok.status).toBe(0);
    expect(existsSync(join(dir, 'content', 'questions', 'q-aaaa-0001.json'))).toBe(true);
  });

  it('refuses to publish a tip whose article is not in content/articles', () => {
    const dir = tempDir();
    seed(dir, [{ ref: 'T-AAAA-0001', kind: 'tip', article: 'removed-article', body: 'A tip.' }]);
    const run = cli(dir, 'approve', 'T-AAAA-0001');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('removed-article');
    expect(run.stderr).toContain('emotional-intimacy');
    expect(existsSync(join(dir, 'content', 'tips', 't-aaaa-0001.json'))).toBe(false);
  });

  it('shows line breaks and control characters in reader fields as visible marks', () => {
    const dir = tempDir();
    const forged = 'Sam\nstatus      approved\r\nreviewedAt  2026-11-25';
    seed(dir, [{ name: forged, body: 'Why?\u001b[2J\u202Eevil', email: 'a@example.com' }]);
    const shown = cli(dir, 'show', 'Q-AAAA-0001').stdout;
    const statusLines = shown.split('\n').filter((l) => l.startsWith('status'));
    expect(statusLines).toEqual(['status      pending']);
    expect(shown).toContain('Sam⏎status      approved⏎reviewedAt  2026-11-25');
    expect(shown).not.toContain('\u001b');
    expect(shown).not.toContain('\u202e');
    expect(shown).toContain('⟨U+001B⟩');
    const listed = cli(dir, 'list').stdout;
    expect(listed.trim().split('\n')).toHaveLength(1);
    expect(listed).not.toContain('\u001b');
  });
});

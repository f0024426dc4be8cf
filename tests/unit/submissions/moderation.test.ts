import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/submissions/database';
import { answer, approve, contentFile, reject } from '../../../src/server/submissions/moderation';
import { SubmissionStore, type NewSubmission } from '../../../src/server/submissions/store';
import { questionFileSchema } from '../../../src/schemas/question';
import { tipFileSchema } from '../../../src/schemas/tip';
import { tempDir } from './helpers';

const NOW = '2026-11-25T12:00:00.000Z';

function seed(dir: string) {
  // The content the references must point at: one article, one draft, one author.
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  mkdirSync(join(dir, 'content', 'authors'), { recursive: true });
  writeFileSync(join(dir, 'content', 'articles', 'emotional-intimacy.mdx'), '---\ntitle: x\n---\n');
  writeFileSync(
    join(dir, 'content', 'articles', 'a-draft.mdx'),
    '---\ntitle: y\ndraft: true\n---\n',
  );
  writeFileSync(join(dir, 'content', 'authors', 'editorial-team.yaml'), 'name: Editorial team\n');
  const store = new SubmissionStore(openDatabase(join(dir, 'data')));
  const base = {
    article: 'emotional-intimacy',
    context: null,
    holdReason: null,
    createdAt: '2026-11-24T09:00:00.000Z',
  };
  const rows: NewSubmission[] = [
    {
      ...base,
      ref: 'T-AAAA-0001',
      kind: 'tip',
      body: 'Take a walk after dinner, phones at home.',
      videoUrl: null,
      name: 'Sam',
      email: 'sam@example.com',
      duplicateKey: '1',
    },
    {
      ...base,
      ref: 'T-AAAA-0002',
      kind: 'tip',
      body: '',
      videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      name: null,
      email: null,
      duplicateKey: '2',
    },
    {
      ...base,
      ref: 'Q-AAAA-0003',
      kind: 'question',
      body: 'how do we talk again after a fight',
      videoUrl: null,
      name: null,
      email: 'q@example.com',
      context: 'private detail',
      duplicateKey: '3',
    },
  ];
  for (const r of rows) store.insert(r);
  return store;
}

describe('moderation', () => {
  it('approving a tip writes a valid content file without the email', () => {
    const dir = tempDir();
    const store = seed(dir);
    const file = approve(store, join(dir, 'content'), 't-aaaa-0001', NOW);
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(tipFileSchema.parse(json)).toBeTruthy();
    expect(json).toEqual({
      ref: 'T-AAAA-0001',
      article: 'emotional-intimacy',
      text: 'Take a walk after dinner, phones at home.',
      name: 'Sam',
      submitted: '2026-11-24',
      approved: '2026-11-25',
    });
    expect(JSON.stringify(json)).not.toContain('sam@example.com');
    expect(store.get('T-AAAA-0001')?.status).toBe('approved');
  });

  it('exports a video tip as provider and id', () => {
    const dir = tempDir();
    const file = approve(seed(dir), join(dir, 'content'), 'T-AAAA-0002', NOW);
    expect(tipFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).video).toEqual({
      provider: 'youtube',
      id: 'dQw4w9WgXcQ',
    });
  });

  it('rejecting a published tip removes its file', () => {
    const dir = tempDir();
    const store = seed(dir);
    const file = approve(store, join(dir, 'content'), 'T-AAAA-0001', NOW);
    reject(store, join(dir, 'content'), 'T-AAAA-0001', NOW);
    expect(existsSync(file)).toBe(false);
    expect(() => approve(store, join(dir, 'content'), 'T-AAAA-0001', NOW)).toThrow(/rejected/);
  });

  it('answers a question, asking for tidied wording when it lacks a question mark', () => {
    const dir = tempDir();
    const store = seed(dir);
    const content = join(dir, 'content');
    const opts = { answer: 'Start with a short, calm check-in.', answeredBy: 'editorial-team' };
    expect(() => answer(store, content, 'Q-AAAA-0003', opts, NOW)).toThrow(/--question/);
    expect(store.get('Q-AAAA-0003')?.status).toBe('pending');
    const file = answer(
      store,
      content,
      'Q-AAAA-0003',
      { ...opts, question: 'How do we talk again after a fight?' },
      NOW,
    );
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(questionFileSchema.parse(json).question).toBe('How do we talk again after a fight?');
    expect(JSON.stringify(json)).not.toMatch(/private detail|q@example/);
    expect(store.get('Q-AAAA-0003')).toMatchObject({
      status: 'answered',
      answeredBy: 'editorial-team',
    });
  });

  it('refuses the wrong verb for the kind, and unknown references', () => {
    const dir = tempDir();
    const store = seed(dir);
    expect(() => approve(store, dir, 'Q-AAAA-0003', NOW)).toThrow(/answer Q-AAAA-0003/);
    expect(() =>
      answer(store, dir, 'T-AAAA-0001', { answer: 'x', answeredBy: 'editorial-team' }, NOW),
    ).toThrow(/approve/);
    expect(() => reject(store, dir, 'T-ZZZZ-9999', NOW)).toThrow(/No submission/);
    expect(contentFile('c', { kind: 'question', ref: 'Q-AB12-CD34' })).toBe(
      join('c', 'questions', 'q-ab12-cd34.json'),
    );
  });
});

// Each case starts Node a few times; allow for a busy machine.
describe('npm run moderate (CLI)', { timeout: 30_000 }, () => {
  const cli = (dir: string, ...args: string[]) =>
    execFileSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', 'scripts/moderate.ts', ...args],
      {
        env: { ...process.env, DATA_DIR: join(dir, 'data'), CONTENT_DIR: join(dir, 'content') },
        encoding: 'utf8',
      },
    );

  it('lists pending items as JSON and approves one', () => {
    const dir = tempDir();
    seed(dir).close();
    const listed = JSON.parse(cli(dir, 'list', '--json')) as { ref: string; status: string }[];
    expect(listed.map((s) => s.ref)).toEqual(['T-AAAA-0001', 'T-AAAA-0002', 'Q-AAAA-0003']);
    expect(JSON.parse(cli(dir, 'approve', 'T-AAAA-0001', '--json'))).toMatchObject({
      status: 'approved',
    });
    expect(JSON.parse(cli(dir, 'list', '--status', 'pending', '--json'))).toHaveLength(2);
    expect(cli(dir, 'show', 'T-AAAA-0001')).toContain('sam@example.com');
  });

  it('exits non-zero with a clear message on a bad command', () => {
    const dir = tempDir();
    seed(dir).close();
    expect(() => cli(dir, 'approve', 'T-ZZZZ-0000')).toThrow(
      /No submission with reference T-ZZZZ-0000/,
    );
  });
});

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentRefs } from '../../../src/server/submissions/content-refs';
import { DataDirError, openForServer } from '../../../src/server/submissions/database';
import { StoreHealth } from '../../../src/server/submissions/health';
import { NonceRegistry } from '../../../src/server/submissions/nonce-registry';
import { tempDir } from './helpers';

describe('StoreHealth', () => {
  it('is healthy on a working database, and names each problem otherwise', () => {
    const dir = tempDir();
    let writer = true;
    const health = new StoreHealth(openForServer(dir), dir, () => writer);
    expect(health.check()).toEqual({ ok: true, problems: [] });
    writer = false;
    expect(health.check().problems).toEqual(['the writer thread has stopped']);
    writer = true;
    rmSync(dir, { recursive: true, force: true });
    const { ok, problems } = health.check();
    expect(ok).toBe(false);
    expect(problems[0]).toMatch(/was removed or replaced/);
  });
});

describe('openForServer', () => {
  it('names the folder when DATA_DIR cannot hold the database', () => {
    const dir = tempDir();
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect(() => openForServer(file)).toThrow(DataDirError);
    expect(() => openForServer(join(file, 'below'))).toThrow(join(file, 'below'));
    expect(() => openForServer('/proc/closer-no-data')).toThrow('/proc/closer-no-data');
  });
});

describe('NonceRegistry', () => {
  it('lets one post hold a nonce, gives it back on refusal, and refuses it once used', () => {
    const nonces = new NonceRegistry(1000);
    expect(nonces.reserve('n', 0)).toBe(true);
    expect(nonces.reserve('n', 0)).toBe(false);
    nonces.release('n');
    expect(nonces.reserve('n', 0)).toBe(true);
    nonces.markUsed('n', 0);
    expect(nonces.reserve('n', 999)).toBe(false);
    expect(nonces.reserve('n', 1000)).toBe(true);
  });
});

describe('readContentRefs', () => {
  it('lists published articles (not drafts or _partials) and authors', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'articles', 'nested'), { recursive: true });
    mkdirSync(join(dir, 'authors'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'one.mdx'), '---\ntitle: x\n---\n');
    writeFileSync(join(dir, 'articles', 'nested', 'two.mdx'), '---\ntitle: y\ndraft: false\n---\n');
    writeFileSync(join(dir, 'articles', 'draft.mdx'), '---\ntitle: z\ndraft: true\n---\n');
    writeFileSync(join(dir, 'articles', '_partial.mdx'), '');
    writeFileSync(join(dir, 'authors', 'editorial-team.yaml'), 'name: x\n');
    const refs = readContentRefs(dir);
    expect([...refs.articles].sort()).toEqual(['nested/two', 'one']);
    expect([...refs.authors]).toEqual(['editorial-team']);
  });
});

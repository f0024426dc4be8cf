import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkOrCopy, linkTree, replaceFile } from '../../src/integrations/linked-files';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'closer-links-'));
  temps.push(dir);
  return dir;
};

describe('linked build files', () => {
  it('mirrors a folder, nested folders included, replacing what was there', async () => {
    const from = temp();
    const to = join(temp(), 'out');
    mkdirSync(join(from, 'index/deep'), { recursive: true });
    writeFileSync(join(from, 'entry.json'), '{}');
    writeFileSync(join(from, 'index/deep/a.pf_index'), 'words');
    mkdirSync(to);
    writeFileSync(join(to, 'stale.json'), 'old');
    await linkTree(from, to);
    expect(readFileSync(join(to, 'entry.json'), 'utf8')).toBe('{}');
    expect(readFileSync(join(to, 'index/deep/a.pf_index'), 'utf8')).toBe('words');
    expect(() => statSync(join(to, 'stale.json'))).toThrow();
    // A link, not a copy: one file with two names.
    expect(statSync(join(to, 'entry.json')).ino).toBe(statSync(join(from, 'entry.json')).ino);
  });

  it('never writes through a link: the cached file keeps its bytes', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'cached.br'), 'cached bytes');
    await linkOrCopy(join(dir, 'cached.br'), join(dir, 'site.html.br'));
    await replaceFile(join(dir, 'site.html.br'), 'new bytes');
    expect(readFileSync(join(dir, 'site.html.br'), 'utf8')).toBe('new bytes');
    expect(readFileSync(join(dir, 'cached.br'), 'utf8')).toBe('cached bytes');
  });

  it('replaces an existing file when it links', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'cached.gz'), 'cached');
    writeFileSync(join(dir, 'site.gz'), 'stale');
    await linkOrCopy(join(dir, 'cached.gz'), join(dir, 'site.gz'));
    expect(readFileSync(join(dir, 'site.gz'), 'utf8')).toBe('cached');
  });
});

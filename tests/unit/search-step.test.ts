import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../src/integrations/compress';
import { belongsToIndexStep } from '../../src/integrations/search-step';

const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the files the index step owns while the site is compressed', () => {
  it.each([
    ['search-data.json', true],
    [join('pagefind', 'pagefind-entry.json'), true],
    [join('pagefind', 'tips', 'pagefind.js'), true],
    ['pagefind', true],
    [join('advice', 'search-data.json'), false],
    [join('advice', 'pagefind', 'index.html'), false],
    [join('pagefinder', 'index.html'), false],
    ['index.html', false],
  ])('%s: %s', (name, owned) => {
    expect(belongsToIndexStep(name)).toBe(owned);
  });

  it('are left alone by a precompress that skips them, and the rest is compressed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'closer-search-step-'));
    temps.push(dir);
    const text = '<p>Asking for what you need, kindly.</p>'.repeat(100);
    mkdirSync(join(dir, 'pagefind'));
    mkdirSync(join(dir, 'advice'));
    for (const name of ['search-data.json', 'pagefind/pagefind-ui.js', 'advice/index.html'])
      writeFileSync(join(dir, name), text);

    const report = await precompress(dir, undefined, { skip: belongsToIndexStep });

    expect(report.files).toBe(1);
    expect(existsSync(join(dir, 'advice/index.html.br'))).toBe(true);
    expect(existsSync(join(dir, 'search-data.json.br'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/pagefind-ui.js.gz'))).toBe(false);
  });
});

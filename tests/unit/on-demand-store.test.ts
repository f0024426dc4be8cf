import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as devalue from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import {
  onDemandStore,
  onDemandStoreModule,
  readDataStore,
  type DataStore,
} from '../../src/integrations/on-demand-store';

type Entries = [string, Record<string, unknown>][];
const collection = (entries: Entries) => new Map(entries);

const store = (): DataStore =>
  new Map<string, Map<string, Record<string, unknown>>>([
    [
      'articles',
      collection([
        [
          'published',
          {
            id: 'published',
            data: { title: 'Published', draft: false, published: new Date('2026-01-02') },
            body: 'A long body the server never needs.',
            rendered: { html: '<p>A long body</p>' },
            filePath: 'content/articles/published.mdx',
          },
        ],
        ['draft', { id: 'draft', data: { title: 'Draft', draft: true }, body: 'Not yet.' }],
        ['no-flag', { id: 'no-flag', data: { title: 'No flag' } }],
      ]),
    ],
    [
      'topics',
      collection([['trust', { id: 'trust', data: { title: 'Trust', order: 1 }, digest: 'abc' }]]),
    ],
    ['tips', collection([['t-1', { id: 't-1', data: { text: 'A reader tip' } }]])],
  ]);

describe('the data store of the on-demand bundle', () => {
  it('keeps each article as its id, draft flag and title only (no body, no dates)', () => {
    const articles = onDemandStore(store()).get('articles');
    expect([...(articles?.entries() ?? [])]).toEqual([
      ['published', { id: 'published', data: { title: 'Published', draft: false } }],
      ['draft', { id: 'draft', data: { title: 'Draft', draft: true } }],
      ['no-flag', { id: 'no-flag', data: { title: 'No flag' } }],
    ]);
  });

  it('keeps the topics whole and leaves other collections out', () => {
    const kept = onDemandStore(store());
    expect([...kept.keys()]).toEqual(['articles', 'topics']);
    expect(kept.get('topics')).toEqual(store().get('topics'));
  });

  it('follows the list it is given, and does not change the store it reads', () => {
    const original = store();
    const kept = onDemandStore(original, { tips: 'whole', articles: ['title', 'published'] });
    expect([...kept.keys()]).toEqual(['articles', 'tips']);
    expect(kept.get('articles')?.get('published')?.['data']).toEqual({
      title: 'Published',
      published: new Date('2026-01-02'),
    });
    expect(original.get('articles')?.get('published')?.['body']).toBe(
      'A long body the server never needs.',
    );
  });

  it('is a module in the form Astro reads: a devalue-flattened store', async () => {
    const code = onDemandStoreModule(store());
    expect(code).not.toContain('A long body');
    expect(code).not.toContain('A reader tip');
    const url = `data:text/javascript,${encodeURIComponent(code)}`;
    const { default: flat } = (await import(/* @vite-ignore */ url)) as { default: unknown[] };
    expect(devalue.unflatten(flat)).toEqual(onDemandStore(store()));
  });
});

describe('the data store as the build wrote it', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const cacheDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'closer-store-'));
    dirs.push(dir);
    return dir;
  };
  const at = (dir: string, chunked: boolean) => ({ cacheDir: pathToFileURL(`${dir}/`), chunked });

  it('reads one data-store.json', () => {
    const dir = cacheDir();
    writeFileSync(join(dir, 'data-store.json'), devalue.stringify(store()));
    expect(readDataStore(at(dir, false))).toEqual(store());
  });

  it('reads a chunked store, an entry split across two chunk files', () => {
    const dir = cacheDir();
    mkdirSync(join(dir, 'data-store'));
    const lines = (name: string) =>
      [...(store().get(name) ?? [])].map((e) => `${devalue.stringify(e)}\n`).join('');
    const manifest: Record<string, string[]> = {};
    for (const name of store().keys()) {
      const text = lines(name);
      const cut = Math.floor(text.length / 2);
      manifest[name] = [`${name}-a.txt`, `${name}-b.txt`];
      writeFileSync(join(dir, 'data-store', `${name}-a.txt`), text.slice(0, cut));
      writeFileSync(join(dir, 'data-store', `${name}-b.txt`), text.slice(cut));
    }
    writeFileSync(join(dir, 'data-store', 'manifest.json'), JSON.stringify(manifest));
    expect(readDataStore(at(dir, true))).toEqual(store());
  });

  it('is undefined where the build wrote none, in either layout', () => {
    expect(readDataStore(at(cacheDir(), false))).toBeUndefined();
    expect(readDataStore(at(cacheDir(), true))).toBeUndefined();
  });
});

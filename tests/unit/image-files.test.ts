import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImage, withImageFiles } from '../../src/loaders/image-files';

const dir = mkdtempSync(join(tmpdir(), 'closer-image-files-'));
mkdirSync(join(dir, 'images'));
writeFileSync(join(dir, 'images/hero.png'), 'png');
const article = join(dir, 'story.mdx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an article's image file", () => {
  it('is fine when the file is beside the article, or there is no image', () => {
    expect(missingImage({ image: { src: './images/hero.png', alt: '' } }, article)).toBeUndefined();
    expect(missingImage({ title: 'No image' }, article)).toBeUndefined();
    expect(missingImage(undefined, article)).toBeUndefined();
  });

  it('names the article and the path when the file is missing', () => {
    expect(missingImage({ image: { src: './images/gone.png' } }, article)).toMatch(
      /story\.mdx: "image\.src" names \.\/images\/gone\.png, which does not exist \(looked for .*images\/gone\.png\)/,
    );
  });

  it('leaves what is not a relative path to the schema', () => {
    expect(missingImage({ image: { src: 'https://example.com/x.png' } }, article)).toBeUndefined();
    expect(missingImage({ image: { src: 42 } }, article)).toBeUndefined();
    expect(missingImage({ image: { src: './gone.png' } }, undefined)).toBeUndefined();
  });

  it('is checked before the loader parses the entry, and a good entry is parsed as before', async () => {
    const parsed: unknown[] = [];
    const entries = [
      { id: 'good', data: { image: { src: './images/hero.png' } }, filePath: article },
      { id: 'bad', data: { image: { src: './images/gone.png' } }, filePath: article },
    ];
    const inner: Loader = {
      name: 'fixture',
      load: async (context) => {
        for (const entry of entries) await context.parseData(entry);
      },
    };
    const context = {
      parseData: (props: { data: unknown }) => {
        parsed.push(props.data);
        return Promise.resolve(props.data);
      },
    } as unknown as LoaderContext;
    await expect(withImageFiles(inner).load(context)).rejects.toThrow(
      'gone.png, which does not exist',
    );
    expect(parsed).toEqual([entries[0]?.data]);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema, withEntryImage } from '../../src/schemas/article';

const schema = articleSchema({
  topic: z.string(),
  author: z.string(),
  quiz: z.string(),
  image: z.string(),
});
const valid = {
  title: 'What emotional intimacy is',
  description:
    'A description that is long enough to say what the reader will learn from the article.',
  summary: ['One.', 'Two.', 'Three.'],
  topic: 'intimacy',
  author: 'editorial-team',
  published: '2026-11-01',
  faq: [{ id: 'first-step', question: 'Where do I start?', answer: 'With one honest talk.' }],
};

const talk = {
  id: 'frei-2018',
  kind: 'talk',
  authors: 'Frei, F.',
  year: 2018,
  title: 'How to build (and rebuild) trust',
  publisher: 'TED',
  url: 'https://www.ted.com/talks/frances_frei_how_to_build_and_rebuild_trust',
};

const issues = (data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('article schema', () => {
  it('accepts a complete article and reads dates as UTC calendar days', () => {
    const r = schema.parse(valid);
    expect(r.published.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(r.sources).toEqual([]);
    expect(r.draft).toBe(false);
  });

  it('names the field and the rule when a field is wrong', () => {
    expect(issues({ ...valid, description: 'Too short.' })).toEqual([
      'description: must be at least 70 characters: say what the reader will learn',
    ]);
    expect(issues({ ...valid, published: 'someday' })).toEqual([
      'published: must be a date written as YYYY-MM-DD',
    ]);
    expect(issues({ ...valid, summary: ['Only one.'] })).toEqual([
      'summary: needs at least 2 points',
    ]);
  });

  it('refuses FAQ entries without a question mark or with a bad id', () => {
    const bad = {
      ...valid,
      faq: [{ id: 'First Step', question: 'Where do I start', answer: 'Here.' }],
    };
    expect(issues(bad)).toEqual([
      'faq.0.id: must be lowercase words joined by hyphens, like "trust-basics"',
      'faq.0.question: must end with a question mark',
    ]);
  });

  it('refuses repeated source or FAQ ids and an update before publication', () => {
    const dup = {
      ...valid,
      updated: '2026-10-01',
      changes: 'Sources checked.',
      sources: [
        { ...talk, id: 's' },
        { ...talk, id: 's', title: 'B' },
      ],
    };
    expect(issues(dup)).toEqual([
      'updated: must not be before "published"',
      'sources: repeats the id "s"',
    ]);
  });

  it('accepts only https source URLs', () => {
    const src = { ...valid, sources: [{ ...talk, url: 'javascript:alert(1)' }] };
    expect(issues(src).some((m) => m.startsWith('sources.0.url'))).toBe(true);
  });

  it('needs a one-line change note with an update, and an update with a change note', () => {
    expect(issues({ ...valid, updated: '2026-11-26' })).toEqual([
      'changes: is required when "updated" is set: say in one line what changed',
    ]);
    expect(issues({ ...valid, changes: 'Fixed a typo.' })).toEqual([
      'updated: is required when "changes" is set: the date of the change',
    ]);
    expect(issues({ ...valid, updated: '2026-11-26', changes: 'One.\nTwo.' })).toEqual([
      'changes: must be one line',
    ]);
    const r = schema.parse({ ...valid, updated: '2026-11-26', changes: 'Sources checked.' });
    expect(r.changes).toBe('Sources checked.');
  });

  it('lists invented names once each, as single capitalised first names', () => {
    expect(schema.parse(valid).people).toEqual([]);
    expect(schema.parse({ ...valid, people: ['Lucía', 'Mary-Kate'] }).people).toEqual([
      'Lucía',
      'Mary-Kate',
    ]);
    expect(issues({ ...valid, people: ['Ana', 'Ana'] })).toEqual(['people: repeats "Ana"']);
    expect(issues({ ...valid, people: ['ana smith'] })).toEqual([
      'people.0: must be one first name starting with a capital letter, like "Imogen"',
    ]);
  });

  it('takes an optional image of its own, which must say what it shows', () => {
    expect(schema.parse(valid).image).toBeUndefined();
    const image = { src: './images/hero.png', alt: 'Two circles overlapping' };
    expect(schema.parse({ ...valid, image }).image).toEqual(image);
    // An explicit empty alt marks a purely decorative picture.
    expect(issues({ ...valid, image: { ...image, alt: '' } })).toEqual([]);
    expect(issues({ ...valid, image: { src: './images/hero.png' } })).toEqual([
      'image.alt: is required: say what the image shows ("" if it is only decoration)',
    ]);
    expect(issues({ ...valid, image: { ...image, alt: 'x'.repeat(201) } })).toEqual([
      'image.alt: must be at most 200 characters',
    ]);
  });
});

describe('an entry’s article schema (the shared schema with the entry’s own image())', () => {
  // Stands in for Astro's image(): a path becomes image metadata, or a fatal issue.
  const image = z.string().transform((path, ctx) => {
    if (path.endsWith('.png')) return { src: `/_astro/${path.slice(2)}`, width: 1200 };
    ctx.addIssue({ code: 'custom', message: `Image ${path} does not exist.`, fatal: true });
    return z.NEVER;
  });
  const entry = withEntryImage(schema, image);
  const entryIssues = async (data: unknown) => {
    const r = await entry.safeParseAsync(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it("turns the image path into the entry's image, and keeps every other field", async () => {
    const parsed = await entry.parseAsync({
      ...valid,
      image: { src: './images/hero.png', alt: 'Two circles' },
    });
    expect(parsed.image).toEqual({
      src: { src: '/_astro/images/hero.png', width: 1200 },
      alt: 'Two circles',
    });
    expect(parsed.title).toBe(valid.title);
    expect(parsed.published.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('leaves an article without an image without one', async () => {
    expect((await entry.parseAsync(valid)).image).toBeUndefined();
  });

  it("reports the image's own issue at image.src", async () => {
    expect(await entryIssues({ ...valid, image: { src: './missing.jpg', alt: '' } })).toEqual([
      'image.src: Image ./missing.jpg does not exist.',
    ]);
  });

  it('reports the other fields’ issues as the shared schema does', async () => {
    const bad = { ...valid, title: '', image: { src: './images/hero.png', alt: 'x'.repeat(201) } };
    expect(await entryIssues(bad)).toEqual(issues(bad));
  });
});

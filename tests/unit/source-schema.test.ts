import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/source';

const study = {
  id: 'gottman-levenson-1992',
  kind: 'study',
  authors: 'Gottman, J. M., & Levenson, R. W.',
  year: 1992,
  title: 'Marital processes predictive of later dissolution: Behavior, physiology, and health',
  journal: 'Journal of Personality and Social Psychology',
  volume: '63',
  issue: '2',
  pages: '221–233',
  doi: '10.1037/0022-3514.63.2.221',
};

/** The record without some of its fields. */
const without = (record: object, ...keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

const issues = (data: unknown) => {
  const r = sourceSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('source schema', () => {
  it('accepts a complete study and reads unquoted volume and issue numbers as text', () => {
    expect(issues(study)).toEqual([]);
    const parsed = sourceSchema.parse({ ...study, volume: 63, issue: 2 });
    expect([parsed.volume, parsed.issue]).toEqual(['63', '2']);
  });

  it('names the source when a reader would have no way to find it', () => {
    const noDoi = without(study, 'doi');
    expect(issues(noDoi)).toEqual([
      ': source "gottman-levenson-1992" has no DOI, URL, ISBN, or publisher with place: add one so that a reader can find it',
    ]);
    expect(issues({ ...noDoi, url: 'https://pubmed.ncbi.nlm.nih.gov/1403613/' })).toEqual([]);
    expect(issues({ ...noDoi, publisher: 'APA' })).toHaveLength(1);
    expect(issues({ ...noDoi, publisher: 'APA', place: 'Washington, DC' })).toEqual([]);
  });

  it('requires authors, year, title and a known kind', () => {
    const bare = without(study, 'authors', 'year', 'title');
    expect(issues({ ...bare, kind: 'blog' }).map((m) => m.split(':')[0])).toEqual([
      'kind',
      'authors',
      'year',
      'title',
    ]);
  });

  it('takes a bare DOI only', () => {
    expect(issues({ ...study, doi: 'https://doi.org/10.1037/0022-3514.63.2.221' })).toEqual([
      'doi: must be the bare DOI, like "10.1037/0022-3514.63.2.221", without "https://doi.org/" or "doi:"',
    ]);
    expect(issues({ ...study, doi: '1037/0022-3514' })[0]).toMatch(/^doi: is not a DOI/);
  });

  it('checks the ISBN checksum and stores it without hyphens', () => {
    const book = {
      id: 'a-book',
      kind: 'book',
      authors: 'Writer, A.',
      year: 2000,
      title: 'A book',
      publisher: 'Crown',
      isbn: '978-0-609-80579-4',
    };
    expect(sourceSchema.parse(book).isbn).toBe('9780609805794');
    expect(issues({ ...book, isbn: '9780609805795' })).toEqual([
      'isbn: is not a valid ISBN-13: its check digit is wrong',
    ]);
  });

  it('asks each kind for the fields that identify it', () => {
    const noJournal = without(study, 'journal');
    expect(issues(noJournal)).toEqual([
      'journal: source "gottman-levenson-1992" (study) needs "journal": where it was published',
    ]);
    const talk = {
      id: 't',
      kind: 'talk',
      authors: 'Frei, F.',
      year: 2018,
      title: 'T',
      isbn: '0609805797',
    };
    expect(issues(talk)).toEqual(['url: source "t" (talk) needs "url": where a reader can see it']);
    const report = {
      id: 'r',
      kind: 'report',
      authors: 'Office',
      year: 2020,
      title: 'R',
      url: 'https://x.example/',
    };
    expect(issues(report)).toEqual([
      'publisher: source "r" (report) needs "publisher": who published it',
    ]);
  });
});

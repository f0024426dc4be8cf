import { describe, expect, it } from 'vitest';
import { citationParts, citationText, type CitationSource } from '../../src/lib/citation';
import { citationJsonLd } from '../../src/lib/seo/citation-jsonld';

const study: CitationSource = {
  kind: 'study',
  authors: 'Gable, S. L., Reis, H. T., Impett, E. A., & Asher, E. R.',
  year: 2004,
  title:
    'What do you do when things go right? The intrapersonal and interpersonal benefits of sharing positive events',
  journal: 'Journal of Personality and Social Psychology',
  volume: '87',
  issue: '2',
  pages: '228–245',
  doi: '10.1037/0022-3514.87.2.228',
};

const book: CitationSource = {
  kind: 'book',
  authors: 'Gottman, J. M., & Silver, N.',
  year: 1999,
  title: 'The seven principles for making marriage work',
  publisher: 'Harmony Books',
  place: 'New York',
};

const talk: CitationSource = {
  kind: 'talk',
  authors: 'Frei, F.',
  year: 2018,
  title: 'How to build (and rebuild) trust',
  publisher: 'TED',
  url: 'https://www.ted.com/talks/frances_frei_how_to_build_and_rebuild_trust',
};

describe('citation style', () => {
  it('cites a journal article APA-style with its DOI as the link', () => {
    expect(citationText(study)).toBe(
      'Gable, S. L., Reis, H. T., Impett, E. A., & Asher, E. R. (2004). What do you do when things go right? The intrapersonal and interpersonal benefits of sharing positive events. Journal of Personality and Social Psychology, 87(2), 228–245. https://doi.org/10.1037/0022-3514.87.2.228',
    );
    const parts = citationParts(study);
    expect(parts.filter((p) => p.em).map((p) => p.text)).toEqual([
      'Journal of Personality and Social Psychology',
      '87',
    ]);
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual([
      'https://doi.org/10.1037/0022-3514.87.2.228',
    ]);
  });

  it('prefers the DOI to a URL, and does not add a full stop after a question mark', () => {
    const both = { ...study, url: 'https://pubmed.ncbi.nlm.nih.gov/15301629/', title: 'Why?' };
    const text = citationText(both);
    expect(text).toContain('(2004). Why? Journal');
    expect(text).not.toContain('pubmed');
  });

  it('sets a book title in italics and names place and publisher', () => {
    expect(citationText(book)).toBe(
      'Gottman, J. M., & Silver, N. (1999). The seven principles for making marriage work. New York: Harmony Books.',
    );
    expect(citationParts(book).find((p) => p.em)?.text).toBe(book.title);
    expect(citationText({ ...book, isbn: '9780609805794' })).toMatch(
      /Harmony Books\. ISBN 9780609805794\.$/,
    );
  });

  it('labels a talk and links its page', () => {
    expect(citationText(talk)).toBe(
      'Frei, F. (2018). How to build (and rebuild) trust [Talk]. TED. https://www.ted.com/talks/frances_frei_how_to_build_and_rebuild_trust',
    );
  });

  it('puts a chapter in its book with the page range', () => {
    const chapter: CitationSource = {
      kind: 'chapter',
      authors: 'Writer, A.',
      year: 2001,
      title: 'A chapter',
      journal: 'A handbook',
      pages: '10–20',
      publisher: 'Wiley',
      place: 'Chichester',
    };
    expect(citationText(chapter)).toBe(
      'Writer, A. (2001). A chapter. In A handbook (pp. 10–20). Chichester: Wiley.',
    );
  });

  it('gives a group author its full stop', () => {
    expect(citationText({ ...talk, authors: 'World Health Organization' })).toMatch(
      /^World Health Organization\. \(2018\)\./,
    );
  });
});

describe('citation JSON-LD', () => {
  it('types a study as a ScholarlyArticle in its journal issue, with the DOI as identifier and sameAs', () => {
    expect(citationJsonLd(study)).toEqual({
      '@type': 'ScholarlyArticle',
      name: study.title,
      author: study.authors,
      datePublished: '2004',
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '2',
        isPartOf: {
          '@type': 'PublicationVolume',
          volumeNumber: '87',
          isPartOf: { '@type': 'Periodical', name: 'Journal of Personality and Social Psychology' },
        },
      },
      pagination: '228–245',
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: study.doi },
      sameAs: 'https://doi.org/10.1037/0022-3514.87.2.228',
      url: 'https://doi.org/10.1037/0022-3514.87.2.228',
    });
  });

  it('types a book as a Book with its publisher and ISBN, and a talk by its page', () => {
    expect(citationJsonLd({ ...book, isbn: '9780609805794' })).toMatchObject({
      '@type': 'Book',
      publisher: { '@type': 'Organization', name: 'Harmony Books' },
      isbn: '9780609805794',
    });
    expect(citationJsonLd(book)).not.toHaveProperty('url');
    expect(citationJsonLd(talk)).toMatchObject({ '@type': 'CreativeWork', url: talk.url });
  });
});

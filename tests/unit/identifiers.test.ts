import { describe, expect, it } from 'vitest';
import { compactIsbn, doiProblem, doiUrl, isbnProblem } from '../../src/lib/identifiers';

describe('DOIs', () => {
  it('accepts registered DOI shapes, including old ones with odd suffixes', () => {
    for (const doi of [
      '10.1037/0022-3514.63.4.596',
      '10.1111/j.1475-6811.2010.01273.x',
      '10.1016/S0065-2601(10)42004-3',
    ]) {
      expect(doiProblem(doi), doi).toBeUndefined();
    }
  });

  it('refuses resolver prefixes and things that are not DOIs', () => {
    expect(doiProblem('https://doi.org/10.1037/a0018344')).toMatch(/bare DOI/);
    expect(doiProblem('doi:10.1037/a0018344')).toMatch(/bare DOI/);
    expect(doiProblem('dx.doi.org/10.1037/a0018344')).toMatch(/bare DOI/);
    expect(doiProblem('10.1037 a0018344')).toMatch(/is not a DOI/);
    expect(doiProblem('11.1037/a0018344')).toMatch(/is not a DOI/);
  });

  it('links a DOI through the resolver', () => {
    expect(doiUrl('10.1037/a0018344')).toBe('https://doi.org/10.1037/a0018344');
  });
});

describe('ISBNs', () => {
  it('accepts valid ISBN-10 and ISBN-13, with or without hyphens, and an X check digit', () => {
    for (const isbn of ['9780609805794', '978-0-609-80579-4', '0609805797', '0-8044-2957-X']) {
      expect(isbnProblem(isbn), isbn).toBeUndefined();
    }
    expect(compactIsbn('0-8044-2957-x')).toBe('080442957X');
  });

  it('catches a wrong check digit and wrong lengths', () => {
    expect(isbnProblem('9780609805795')).toMatch(/ISBN-13: its check digit is wrong/);
    expect(isbnProblem('0609805798')).toMatch(/ISBN-10: its check digit is wrong/);
    expect(isbnProblem('12345')).toMatch(/must be an ISBN-10 or ISBN-13/);
    expect(isbnProblem('1230609805794')).toMatch(/must be an ISBN-10 or ISBN-13/);
  });
});

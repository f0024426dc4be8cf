// Checks for the identifiers a reader uses to find a cited work: DOIs and ISBNs.

/** A DOI as registered: "10." + registrant code + "/" + suffix, no spaces. */
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

/** The address that resolves a bare DOI. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** Why a string is not a bare DOI, or undefined when it is one. */
export function doiProblem(value: string): string | undefined {
  if (/^(https?:\/\/|doi:)/i.test(value) || /doi\.org\//i.test(value)) {
    return 'must be the bare DOI, like "10.1037/0022-3514.63.2.221", without "https://doi.org/" or "doi:"';
  }
  if (!DOI_PATTERN.test(value)) {
    return 'is not a DOI: it starts with "10.", then the registrant, a slash and the suffix, like "10.1037/0022-3514.63.2.221"';
  }
  return undefined;
}

/** The ISBN's digits (and a final X for ISBN-10), without hyphens or spaces. */
export const compactIsbn = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();

function isbn10ChecksumOk(isbn: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = isbn.charAt(i);
    sum += (ch === 'X' ? 10 : Number(ch)) * (10 - i);
  }
  return sum % 11 === 0;
}

function isbn13ChecksumOk(isbn: string): boolean {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(isbn.charAt(i)) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** Why a string is not a valid ISBN-10 or ISBN-13 (checksum included), or undefined when it is. */
export function isbnProblem(value: string): string | undefined {
  const isbn = compactIsbn(value);
  if (/^\d{9}[\dX]$/.test(isbn)) {
    return isbn10ChecksumOk(isbn) ? undefined : 'is not a valid ISBN-10: its check digit is wrong';
  }
  if (/^97[89]\d{10}$/.test(isbn)) {
    return isbn13ChecksumOk(isbn) ? undefined : 'is not a valid ISBN-13: its check digit is wrong';
  }
  return 'must be an ISBN-10 or ISBN-13 (13 digits starting 978 or 979), hyphens allowed';
}

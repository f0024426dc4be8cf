// One citation style for every sources list (APA-like): authors, year, title, where it appeared,
// and a link a reader can follow (the DOI when the work has one).
import { compactIsbn, doiUrl } from './identifiers';

export const SOURCE_KINDS = [
  'study',
  'review',
  'book',
  'chapter',
  'talk',
  'guideline',
  'report',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The fields of a source that a citation shows (the shape of `src/schemas/source.ts`). */
export interface CitationSource {
  kind: SourceKind;
  authors: string;
  year: number;
  title: string;
  /** The journal (study, review) or, for a chapter, the book it appeared in. */
  journal?: string | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  doi?: string | undefined;
  url?: string | undefined;
  isbn?: string | undefined;
  publisher?: string | undefined;
  place?: string | undefined;
}

/** A run of citation text: plain, in italics, or a link. */
export interface CitationPart {
  text: string;
  em?: true;
  href?: string;
}

const endsSentence = (s: string) => /[.?!]$/.test(s);
const stop = (s: string) => (endsSentence(s) ? '' : '.');

/** Works whose title is set in italics: the ones that stand alone (APA). */
const standalone = new Set<SourceKind>(['book', 'talk', 'guideline', 'report']);

function titleParts(s: CitationSource): CitationPart[] {
  if (!standalone.has(s.kind)) return [{ text: `${s.title}${stop(s.title)}` }];
  const label = s.kind === 'talk' ? ' [Talk]' : '';
  return [{ text: s.title, em: true }, { text: `${label}${label ? '.' : stop(s.title)}` }];
}

function journalParts(s: CitationSource): CitationPart[] {
  if (!s.journal) return [];
  const parts: CitationPart[] = [{ text: ' ' }, { text: s.journal, em: true }];
  if (s.volume) parts.push({ text: ', ' }, { text: s.volume, em: true });
  if (s.issue) parts.push({ text: s.volume ? `(${s.issue})` : `, no. ${s.issue}` });
  if (s.pages) parts.push({ text: `, ${s.pages}` });
  parts.push({ text: '.' });
  return parts;
}

function bookParts(s: CitationSource): CitationPart[] {
  if (!s.journal) return [];
  const pages = s.pages ? ` (pp. ${s.pages})` : '';
  return [{ text: ' In ' }, { text: s.journal, em: true }, { text: `${pages}.` }];
}

function publisherPart(s: CitationSource): CitationPart[] {
  if (!s.publisher) return [];
  const where = s.place ? `${s.place}: ${s.publisher}` : s.publisher;
  return [{ text: ` ${where}${stop(where)}` }];
}

/** The link a reader follows: the DOI's address when there is one, else the URL. */
export function citationLink(s: Pick<CitationSource, 'doi' | 'url'>): string | undefined {
  return s.doi ? doiUrl(s.doi) : s.url;
}

/** The citation as runs of text, ready to render (italics and the link are marked). */
export function citationParts(s: CitationSource): CitationPart[] {
  const authors = s.authors.trim();
  const parts: CitationPart[] = [
    { text: `${authors}${stop(authors)} (${s.year}). ` },
    ...titleParts(s),
    ...(s.kind === 'chapter' ? bookParts(s) : journalParts(s)),
    ...publisherPart(s),
  ];
  if (s.isbn && !s.doi) parts.push({ text: ` ISBN ${compactIsbn(s.isbn)}.` });
  const link = citationLink(s);
  if (link) parts.push({ text: ' ' }, { text: link, href: link });
  return parts;
}

/** The citation as plain text (for tests, feeds and anywhere markup is not wanted). */
export const citationText = (s: CitationSource) =>
  citationParts(s)
    .map((p) => p.text)
    .join('');

// A cited work as schema.org data: the same record the sources list shows, typed by its kind,
// with the DOI as an identifier and as `sameAs` so that machines can match it to the paper.
import type { CitationSource, SourceKind } from '../citation';
import { doiUrl } from '../identifiers';

const schemaType: Record<SourceKind, string> = {
  study: 'ScholarlyArticle',
  review: 'ScholarlyArticle',
  book: 'Book',
  chapter: 'Chapter',
  talk: 'CreativeWork',
  guideline: 'CreativeWork',
  report: 'Report',
};

const organisation = (name: string) => ({ '@type': 'Organization', name });

/** The journal issue a paper appeared in, nested the way schema.org expects. */
function periodical(s: CitationSource): object | undefined {
  if (!s.journal) return undefined;
  const journal = { '@type': 'Periodical', name: s.journal };
  const volume = s.volume
    ? { '@type': 'PublicationVolume', volumeNumber: s.volume, isPartOf: journal }
    : journal;
  return s.issue ? { '@type': 'PublicationIssue', issueNumber: s.issue, isPartOf: volume } : volume;
}

function container(s: CitationSource): object | undefined {
  if (s.kind === 'chapter') {
    if (!s.journal) return undefined;
    return {
      '@type': 'Book',
      name: s.journal,
      ...(s.publisher ? { publisher: organisation(s.publisher) } : {}),
    };
  }
  return s.kind === 'study' || s.kind === 'review' ? periodical(s) : undefined;
}

export function citationJsonLd(s: CitationSource): Record<string, unknown> {
  const partOf = container(s);
  const link = s.doi ? doiUrl(s.doi) : undefined;
  return {
    '@type': schemaType[s.kind],
    name: s.title,
    author: s.authors,
    datePublished: String(s.year),
    ...(partOf ? { isPartOf: partOf } : {}),
    ...(s.pages ? { pagination: s.pages } : {}),
    ...(s.publisher && s.kind !== 'chapter' ? { publisher: organisation(s.publisher) } : {}),
    ...(s.isbn ? { isbn: s.isbn } : {}),
    ...(s.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: s.doi } } : {}),
    ...(link ? { sameAs: link } : {}),
    ...(s.url || link ? { url: s.url ?? link } : {}),
  };
}

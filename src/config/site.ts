/** Facts about the site that pages, feeds and structured data share. */
export const site = {
  name: 'Closer',
  tagline: 'Plain, sourced advice for feeling close again',
  description:
    'Relationship advice written by our editorial team: sourced, reviewed, private by design and readable at any hour.',
  locale: 'en',
  /** Slug of the author entry that stands for the editorial team. */
  editorialAuthor: 'editorial-team',
} as const;

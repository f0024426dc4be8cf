// Pieces every schema.org builder in this folder shares. Plain data in, plain objects out.

export const SCHEMA_CONTEXT = 'https://schema.org';

/** A credited person or organisation (an author entry fits as it is). */
export interface PersonOrOrg {
  name: string;
  kind: 'Person' | 'Organization';
  url?: string | undefined;
  credentials?: string | undefined;
}

/** The site as publisher. */
export interface Publisher {
  name: string;
  url: string;
}

export function agent(p: PersonOrOrg) {
  return {
    '@type': p.kind,
    name: p.name,
    ...(p.url ? { url: p.url } : {}),
    ...(p.credentials ? { honorificSuffix: p.credentials } : {}),
  };
}

export const organization = (p: Publisher) => ({
  '@type': 'Organization',
  name: p.name,
  url: p.url,
});

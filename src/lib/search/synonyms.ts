/**
 * The editors' search vocabulary (`content/search/synonyms.yaml`): for each of the site's own words,
 * the everyday words readers use for the same thing. Search looks for the site's word too when a
 * reader types one of theirs ("cheap" also finds "money"). Pure: the build compiles the file with
 * it, and the search box and the relevance evaluator read the compiled lookup with it.
 */

/** Reader phrase → the site's words it stands for, longest phrases first (they are matched first). */
export type Vocabulary = readonly (readonly [phrase: string, ours: readonly string[]])[];

/** Lower case, straight apostrophes dropped, punctuation other than hyphens turned into spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Compiles the editors' groups (our word → readers' phrases, as validated by
 * `src/schemas/search-vocabulary.ts`) into the lookup search uses: each reader phrase with every
 * site word it stands for.
 */
export function compileVocabulary(groups: Readonly<Record<string, readonly string[]>>): Vocabulary {
  const lookup = new Map<string, string[]>();
  for (const [key, phrases] of Object.entries(groups)) {
    const ours = normalise(key);
    for (const p of phrases.map(normalise)) {
      if (p === '' || p === ours) continue;
      const known = lookup.get(p) ?? [];
      if (!known.includes(ours)) lookup.set(p, [...known, ours]);
    }
  }
  return [...lookup]
    .sort(([a], [b]) => b.split(' ').length - a.split(' ').length || a.localeCompare(b))
    .map(([p, ours]) => [p, ours] as const);
}

/**
 * Reads the compiled vocabulary the build publishes. Anything malformed is left out: search
 * without the vocabulary still works, only less well.
 */
export function vocabularyFromJson(json: unknown): Vocabulary {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (e): e is [string, string[]] =>
      Array.isArray(e) &&
      e.length === 2 &&
      typeof e[0] === 'string' &&
      Array.isArray(e[1]) &&
      e[1].every((w) => typeof w === 'string'),
  );
}

/**
 * The site's words for the reader phrases found in a (normalised) query, each phrase used once and
 * longer phrases before the words inside them ("silent treatment" before "silent").
 */
export function siteWordsFor(normalisedQuery: string, vocabulary: Vocabulary): string[] {
  let text = ` ${normalisedQuery} `;
  const found: string[] = [];
  for (const [p, ours] of vocabulary) {
    if (!text.includes(` ${p} `)) continue;
    found.push(...ours);
    text = text.replace(` ${p} `, ' ');
  }
  return [...new Set(found)];
}

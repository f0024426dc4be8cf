/**
 * Turns what a reader typed into the words search looks for, each with a weight: the words that
 * carry meaning (question filler and pronouns dropped), plus the site's own words for the everyday
 * words the reader used (from the editors' vocabulary). Pure, unit-tested.
 */
import { normalise, siteWordsFor, type Vocabulary } from './synonyms.ts';

export interface Term {
  /** What one Pagefind search is run for. */
  term: string;
  /** How much a match counts: the reader's own words 1, the site's words for them less. */
  weight: number;
}

/**
 * Weight of a vocabulary word against a word the reader typed. Chosen by measurement on the
 * relevance set (0.5 to 1.0 tried; see docs/search.md).
 */
export const SYNONYM_WEIGHT = 0.7;

/**
 * Words that carry no topic: question glue ("what", "how do I"), pronouns, contractions as they
 * read once the apostrophe is gone ("he'll" is "hell", "there's" is "theres"), and the fillers of
 * talk ("just", "lately", "anymore"). Left in, one of them would rank any page that happens to
 * use it often, and at scale each costs a large download.
 */
export const FILLER = new Set(
  (
    'a an the and or but of to in on at for from with about between into vs versus ' +
    'what whats how why when where who which is are was were be been do does did can could ' +
    'should would will shall i im me my we our us you your it its this that these those there ' +
    'if so than then just really actually lately anymore ever even still also very much many ' +
    'some any all every thing things stuff something anything everything way get got getting ' +
    'go going gone he she him her his hers they them their theirs hes shes theyre ive id ill ' +
    'youre weve dont doesnt didnt cant cannot wont isnt arent wasnt not no am being has have ' +
    'had having out up over again too here now one ones ok okay theres thats whos hed hell ' +
    'shed shell theyd theyll theyve youd youll youve wed well lets ' +
    // Who the partner is says nothing about the topic on a site about couples; the vocabulary
    // still adds "partner" for them.
    'husband wife boyfriend girlfriend spouse hubby bf gf fiance fiancee'
  ).split(' '),
);

/** Distinct words of a normalised query, in order. */
const wordsOf = (normalised: string) => [...new Set(normalised.split(' ').filter(Boolean))];

/** The words of a query that carry meaning; all of them if every word is filler. */
export function meaningfulWords(q: string): string[] {
  const all = wordsOf(normalise(q));
  const kept = all.filter((w) => !FILLER.has(w));
  return kept.length > 0 ? kept : all;
}

/**
 * The weighted terms for a query. A quoted phrase is searched as typed, as one term; otherwise
 * every meaningful word is a term of its own, and the vocabulary adds the site's words.
 */
export function queryTerms(q: string, vocabulary: Vocabulary = []): Term[] {
  const trimmed = q.trim();
  if (/^".+"$/.test(trimmed)) return [{ term: trimmed, weight: 1 }];
  const terms: Term[] = meaningfulWords(trimmed).map((term) => ({ term, weight: 1 }));
  const extra = siteWordsFor(normalise(trimmed), vocabulary).flatMap((w) => w.split(' '));
  for (const term of extra) {
    if (FILLER.has(term) || terms.some((t) => t.term === term)) continue;
    terms.push({ term, weight: SYNONYM_WEIGHT });
  }
  return terms;
}

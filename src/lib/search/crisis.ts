/**
 * Questions that sound like a reader in danger or crisis. For those, the help lines lead the
 * results whatever the ranking says: ranking is lexical, and a long help page full of numbers and
 * countries can lose to an article that shares more of the question's words. Kept to phrases that
 * leave little doubt, so that everyday questions ("hurt feelings", "we hurt each other with words")
 * keep their own ranking. Pure.
 */
/** A partner's violence or a threat to life: a crisis, and about abuse too (./safety.ts). */
export const VIOLENCE_PATTERNS: readonly RegExp[] = [
  /\b(?:hits?|hitting|punch(?:es|ed)?|chok(?:es|ed|ing)|strangl\w*|beats?|beating) me\b/,
  /\b(?:slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|shov(?:es|ed|ing)|throws? things at) me\b(?! out)/,
  /\braped?\b|\bsexual(?:ly)? assault/,
  /\bforc(?:es|ed|ing) me (?:to have sex|into sex)\b/,
  /\bthreat(?:ens|ened|ening)? to (?:kill|hurt)\b/,
  /\b(?:afraid|scared|frightened|terrified) (?:of|for) my (?:life|safety)\b/,
  /\bnot safe at home\b/,
];

const CRISIS_PATTERNS: readonly RegExp[] = [
  /\bsuicid/,
  /\bkill(?:ing)? (?:my ?self|me)\b/,
  /\bend(?:ing)? (?:my|it) (?:life|all)\b/,
  /\b(?:hurt|harm|cut)(?:ing)? (?:my ?self)\b/,
  /\bself[- ]?harm/,
  /\bwant(?:s)? to die\b/,
  ...VIOLENCE_PATTERNS,
];

/** A query as the patterns read it: lower case, apostrophes dropped ("can't" → "cant"), words only. */
export const plainQuery = (q: string): string =>
  q
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ');

/** Whether a reader's query reads as a crisis or immediate danger. */
export function isCrisisQuery(q: string): boolean {
  const text = plainQuery(q);
  return CRISIS_PATTERNS.some((p) => p.test(text));
}

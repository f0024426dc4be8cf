/**
 * Questions that describe control or abuse without an immediate danger ("he checks my phone and
 * tells me who I can see"). Safety comes before self-improvement: for those, the help lines and
 * the articles of the topics that lead with help (`helpFirst`, the safety topic) come before the
 * rest, whatever the lexical ranking says. A reader's own words rarely name the problem ("is he
 * controlling or just protective" shares "protective" with an article on keeping promises), so
 * the phrases here are the behaviours themselves. Kept to phrases that leave little doubt, so that
 * "birth control" or "control my temper" keep their own ranking. A partner's violence is among
 * them (./crisis.ts), where the help lines lead first. Pure.
 */
import { plainQuery, VIOLENCE_PATTERNS } from './crisis.ts';

const SAFETY_PATTERNS: readonly RegExp[] = [
  /\bcontrolling\b/,
  /\bcoercive\b/,
  /\bcontrols? (?:me|her|him|my (?:life|money|phone|friends)|everything|who i|what i|where i)\b/,
  /\b(?:checks?|reads?|goes through|monitors?|tracks?) my (?:phone|messages|texts|emails?|location)\b/,
  /\b(?:tells?|decides?) me (?:who|what|where|when) i (?:can|cant|may|am allowed)\b/,
  /\b(?:wont|doesnt|does not|will not) let me (?:see|go|talk|work|leave|have)\b/,
  /\bnot allowed to (?:see|go|talk|work|leave|have)\b/,
  /\b(?:takes|keeps) (?:all )?my (?:money|salary|wages|pay|(?:bank |credit |debit )?cards?|bank account)\b/,
  /\bisolat\w* me\b/,
  /\bcut me off from\b/,
  /\babusive\b/,
  /\b(?:emotional|verbal|financial|domestic|psychological) abuse\b/,
  /\bis (?:it|this|that) (?:\w+ )?abuse\b/,
  /\bwalk(?:ing)? on eggshells\b/,
  // Readers' names for control, as they are used about a partner.
  /\bgaslight\w*/,
  /\blove ?bomb\w*/,
  /\bnarcissis\w*/,
  /\bmanipulat(?:ive|es me|ing me|ed me)\b/,
  /\b(?:stalks?|stalking|stalked|humiliat\w*|blackmail\w*|threatens) me\b/,
  /\b(?:puts|put|putting) me down\b|\bcalls me names\b/,
  /\b(?:afraid|scared|frightened|terrified) of (?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend))\b/,
];

/** Whether a reader's query describes control or abuse (see above). */
export function isSafetyQuery(q: string): boolean {
  const text = plainQuery(q);
  return [...SAFETY_PATTERNS, ...VIOLENCE_PATTERNS].some((p) => p.test(text));
}

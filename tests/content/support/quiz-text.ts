// Rules for what a quiz says: kept here, apart from the tests that run them on content/quizzes, so
// that each rule is also tried on small samples (a rule that cannot fail proves nothing).

/** An action as the quiz data writes it. */
export interface ActionLike {
  label: string;
  href: string;
}

/**
 * Destinations that ask the reader to work on how they treat their partner: listening, thanks,
 * touch, time, keeping one's own word, apologising. Sent there from a warning sign (being put
 * down, afraid, confidences used against them), a reader is told, in effect, that they caused it.
 */
export const SELF_WORK_DESTINATIONS: RegExp[] = [
  /^\/advice\/listening-with-empathy\//,
  /^\/advice\/everyday-appreciation\//,
  /^\/advice\/making-up-after-a-fight\/#apologising/,
  /^\/advice\/keeping-small-promises\/#(promise-less|write-it-down|treat-shared-plans|follow-through|when-you-slip)/,
  /^\/advice\/emotional-intimacy\/#(listen-for-the-feeling|notice-out-loud|keep-touch|protect-time|do-what-you-said)/,
];

/** Labels that tell the reader to try harder at pleasing the partner. */
export const SELF_WORK_LABEL =
  /\b(listen|appreciat|thank|apologi[sz]e|show (more )?(love|affection)|be (more )?(consistent|patient|kind|understanding)|try harder|make (more )?time|keep your (word|promises))/i;

/** Why an action must not follow a warning sign, or null when it may. */
export function blamingAction(action: ActionLike): string | null {
  if (SELF_WORK_DESTINATIONS.some((d) => d.test(action.href))) {
    return `"${action.label}" sends the reader to work on themselves (${action.href})`;
  }
  if (SELF_WORK_LABEL.test(action.label)) {
    return `"${action.label}" asks the reader to try harder with their partner`;
  }
  return null;
}

/** Claims of what is usual or frequent, which need data this site does not have. */
export const NORM_CLAIM =
  /\b(?:(?:is|are|it's) (?:also |very |quite )?(?:common|normal|typical)|many (?:couples|people|partners)|most (?:couples|people|partners)|usually|typically|often the case|one of the most\b|the most common)/i;

/** A count of items written into text, which goes stale when an item is added ("Sixteen statements"). */
export const WRITTEN_COUNT =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:short\s+)?(?:statements|questions|items)\b/i;

/** Couples counselling named without the caveat it needs. */
export function counsellingWithoutCaveat(text: string): boolean {
  const suggests = /\bcouples? (?:counsell?(?:or|ing)|therap(?:ist|y))/i.test(text);
  return suggests && !/not advised where there is abuse or coercive control/i.test(text);
}

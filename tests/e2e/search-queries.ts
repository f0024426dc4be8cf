/**
 * The fixed query set: each query names the result that must come first. Grow it with the content:
 * when an article or FAQ answer is added, add the way a reader would look for it.
 */
export interface ExpectedFirst {
  /** What the reader types. */
  query: string;
  /** Why this query is in the set. */
  kind: 'FAQ question in other words' | 'word in another form' | 'quiz by name' | 'topic';
  /** Title of the first result. */
  title: string;
  /** Link of the first result, without the `?highlight=` parameters Pagefind adds. */
  href: string;
}

export const expectedFirst: ExpectedFirst[] = [
  {
    query: 'difference between emotional and physical intimacy',
    kind: 'FAQ question in other words',
    title: 'What is the difference between emotional and physical intimacy?',
    href: '/advice/emotional-intimacy/#faq-emotional-vs-physical-intimacy',
  },
  {
    query: 'can emotional closeness fade',
    kind: 'FAQ question in other words',
    title: 'Can emotional closeness come back after it fades?',
    href: '/advice/emotional-intimacy/#faq-can-emotional-intimacy-fade',
  },
  {
    query: 'listened',
    kind: 'word in another form',
    title: 'Listening with empathy: how to make your partner feel heard',
    href: '/advice/listening-with-empathy/',
  },
  {
    query: 'promised',
    kind: 'word in another form',
    title: 'Why keeping small promises builds lasting trust',
    href: '/advice/keeping-small-promises/',
  },
  {
    query: 'closeness quiz',
    kind: 'quiz by name',
    title: 'How close do you feel? The closeness quiz',
    href: '/quizzes/closeness/',
  },
  {
    query: 'communication check-in',
    kind: 'quiz by name',
    title: 'Communication check-in',
    href: '/quizzes/communication-check-in/',
  },
  {
    query: 'trust',
    kind: 'topic',
    title: 'Rebuilding trust in a relationship after it has been broken',
    href: '/advice/rebuilding-trust/',
  },
];

/** Drops the `highlight` parameters from a result link (the relevance evaluator's rule). */
export { resultPath as withoutHighlight } from '../../scripts/search/relevance-metrics';

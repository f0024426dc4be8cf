import type { LinkProblem } from './links';

/**
 * The island's longer sentences. They reach the browser as island props (HTML), not as
 * JavaScript, which keeps the quiz page within its script budget; editors find them in one place.
 */
export const quizCopy = {
  /** Above the server-rendered form, before the island takes over. */
  staticHint:
    'Your score is worked out in your browser once this page has loaded. Every question is listed below so that you can read them first.',
  /** After a refused link's reason. */
  takeItYourself: 'You can still take the quiz yourself.',
  /** When the page was opened from a partner's couple link. */
  invited:
    'Your partner took this quiz and sent you this link. Answer on your own; when you finish, you will see both sets of scores side by side.',
  shareIntro: 'This link shows your result and scores. It never includes your answers.',
  partnerIntro:
    'This link holds your answers in a short code. Your partner answers privately, then you both can compare. Nothing is sent to us; send it only to your partner.',
  sendBackIntro:
    "This link holds your answers and your partner's, so that your partner sees the same comparison. Send it only to them.",
  copyBlocked: 'Copying was blocked: select the link and copy it yourself.',
  /** On a shared-result page opened without scores in the link. */
  sharedHint:
    'The scores behind this result travel inside the link itself, so they appear only when the page is opened from a shared link.',
  wrongPage: 'This link does not belong to this page.',
  /** Plain words for each refused link, shown with a way to start over. */
  linkProblems: {
    empty: 'This link has nothing in it to show.',
    'too-long': 'This link is longer than any link this site makes.',
    malformed: 'This link is not in a form this site recognises. It may have been cut short.',
    'unknown-version': 'This link was made by a different version of the quiz.',
    'other-quiz':
      'This link was made for another quiz, or for an earlier version of this one, so its numbers do not fit here.',
    edited: 'This link seems to have been changed or cut short after it was made.',
    'out-of-range': 'This link holds numbers that this quiz cannot produce.',
  } satisfies Record<LinkProblem, string>,
};

export type QuizCopy = typeof quizCopy;

import type { LinkProblem } from './links';

/**
 * The island's longer sentences. They reach the browser as island props (HTML), not as
 * JavaScript, which keeps the quiz page within its script budget; editors find them in one place.
 */
export const quizCopy = {
  /** Above the list of every question (folded under the Start button). */
  staticHint:
    'Your score is worked out in your browser, so nothing you answer is sent anywhere. Here is every question, to read before you start.',
  /** Shown only where JavaScript is off (CSS `scripting: none`). */
  noScript:
    'Scoring happens in your browser and needs JavaScript, which is off here. You can still read every question below.',
  /** After a refused link's reason. */
  takeItYourself: 'You can still take the quiz yourself.',
  /** When the page was opened from a partner's couple link. */
  invited:
    'Your partner took this quiz and sent you this link. Answer on your own; when you finish, you will see both sets of scores side by side.',
  /** Under the Share button. */
  shareSafe:
    'The link shows your band and scores, never your answers. Share it only where it is safe to: anyone who opens it can see them.',
  /** Under "Invite your partner". */
  inviteSafe:
    'The invitation holds your answers in a short code, so that you can compare once your partner has answered privately. Send it only to your partner, and only if it feels safe for them to see how you answered.',
  /** Under "Send the comparison back". */
  sendBackSafe:
    "This link holds your answers and your partner's, so that they see the same comparison. Send it only to them, and only if that feels safe.",
  /** Instead of the partner buttons when the safety section shows. */
  noInvite:
    'There is no partner invitation this time: it would carry your answers, including the ones above, to your partner.',
  copied: 'Link copied. Paste it where you want to share it.',
  copyBlocked: 'Copying was blocked: select the link below and copy it yourself.',
  /** Beside the question when Next is pressed without an answer. */
  missing: 'Choose an answer to go on.',
  /** Above the buttons when the results view could not be fetched (the reader was offline). */
  unavailable: 'The result could not be shown: check your connection and try again.',
  /** The safety section: shown first when a warning-sign item was answered at its strong end. */
  safetyHeading: 'Before anything else: your safety',
  notYourFault:
    'If this is happening, it is not your fault, and it is not something you can fix by being a better partner. You deserve to feel safe and respected at home. Talking to someone on one of these lines does not commit you to anything.',
  safetyHelp: 'Where to talk to someone',
  safetyMore: 'Read more',
  /** Beside "Hide this result". */
  hideHint:
    'If someone else uses this device, you can hide this result. It also clears your answers and past results from this browser.',
  /** Under the reader's circles picture. */
  pictureNote: 'This answer is shown on its own: it is not part of any score.',
  /** At the foot of every result. */
  aboutLink: 'What this quiz can and cannot tell you, and where to find help',
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

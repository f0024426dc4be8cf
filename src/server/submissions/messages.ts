/**
 * Everything a refused reader is told, in one place. Messages say what to do next and never
 * which trap was sprung: a bot learns nothing from "reload the page".
 */
export const messages = {
  received: 'Thank you! We received it. Every post is read by our editors before it is published.',
  contentType: 'Please send the form as application/x-www-form-urlencoded or application/json.',
  tooLarge: 'That post is larger than we can accept. Please shorten it and send again.',
  origin: 'This form can only be sent from the Closer website.',
  rateLimited:
    'You have sent several posts in a short time. Please wait a few minutes and try again.',
  unreadable: 'We could not read that post. Please reload the page and try again.',
  notVerified: 'We could not verify this form. Please reload the page and try again.',
  tooFast: 'That was very quick. Please wait a few seconds, then send again.',
  expired: 'This form has expired. Please reload the page and send again.',
  confirm: 'Please check what you wrote, then send it.',
  invalid: 'Please correct the marked fields and send again.',
  duplicate: 'We already have this post; there is no need to send it again.',
  unavailable: 'We could not save your post just now. Please try again in a minute.',
  busy: 'We are receiving an unusual number of posts just now. Please try again in a few minutes.',
} as const;

/**
 * A post that failed on our side: the reader gets the request id, which the operator finds in the
 * server log. Never "check your connection": the connection worked.
 */
export const failedOnOurSide = (reference: string): string =>
  `Something went wrong on our side (reference ${reference}). Nothing was saved; please try again in a few minutes.`;

/**
 * What kind of answer a question asks for, read from how it is asked: "how long…" wants a span of
 * time, "is it normal…" wants reassurance, "should we…" a decision. Search drops these words as
 * filler when it matches topics, yet they are what tells two answers on the same topic apart
 * ("How long does it take to feel close again?" and "How do I start feeling close again?"). An
 * FAQ answer asked in the same frame as the reader's question is the likelier answer to it.
 * Pure, unit-tested.
 */

export type Frame =
  | 'duration'
  | 'amount'
  | 'normal'
  | 'decision'
  | 'possible'
  | 'what-if'
  | 'how-to'
  | 'why'
  | 'meaning'
  | 'mismatch';

/** Each frame by the words that ask it; matched on lower-case text without apostrophes. */
const FRAMES: readonly (readonly [Frame, RegExp])[] = [
  ['duration', /\bhow (long|soon)\b|\b(till|until) we\b|\bwhen will\b/],
  ['amount', /\bhow (much|many|often|frequently|regularly)\b|\benough\b|\bper (day|week|month)\b/],
  ['normal', /\b(normal|weird|strange|common|usual|typical)\b/],
  ['decision', /^(should|must)\b|\bshould (i|we)\b|\b(do|would) (i|we) need to\b|\bworth it\b/],
  ['possible', /^(can|could|will|would)\b|\bis it possible\b/],
  ['what-if', /^what (if|can i do|should i do|do i do|to do)\b|\bwhat to do (when|if)\b/],
  ['how-to', /^how (do|can|to|should) (i|we)\b|^how to\b|\bways to\b/],
  ['why', /^why\b/],
  ['meaning', /^what (is|are|does)\b|\b(mean|meaning|difference between)\b/],
  [
    'mismatch',
    /\bdifferent (kinds?|ways?|things|needs|ideas|love|sex|libidos?|drives?)\b|\bmismatch|\bone of us\b.*\bthe other\b|\b(his|hers|theirs|mine) is\b|\b(he|she|my partner) (wants|needs|likes|prefers)\b.*\bi (want|need|like|prefer)\b|\bi (want|need|like|prefer)\b.*\b(he|she|my partner) (wants|needs|likes|prefers)\b|\bmore (often )?than (me|i do|him|her)\b/,
  ],
];

/** Lower case, apostrophes gone, other punctuation as spaces, one space between words. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The frames a question is asked in (none for a few keywords). */
export function framesOf(question: string): Set<Frame> {
  const text = plain(question);
  return new Set(FRAMES.filter(([, re]) => re.test(text)).map(([frame]) => frame));
}

/** Whether an answer asked in any of `asked` (its question, its other phrasings) fits the reader's. */
export function sharesFrame(reader: ReadonlySet<Frame>, asked: readonly string[]): boolean {
  if (reader.size === 0) return false;
  return asked.some((a) => [...framesOf(a)].some((f) => reader.has(f)));
}

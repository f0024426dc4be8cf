import type { CoupleLink, LinkProblem } from './links';
import type { QuizResult } from './scoring';
import type { PastResult, Progress } from './storage';
import type { Answers } from './types';

/**
 * What the quiz island shows and knows, as one value that only the transitions below change. Storage,
 * focus and loading the results view are the hook's business (src/islands/quiz/use-quiz.ts);
 * this module is pure so that every transition is unit-tested without a browser.
 */
export interface QuizSession {
  /** "static" is the server render and the first client render; the rest exist only after hydration. */
  phase: 'static' | 'intro' | 'asking' | 'done';
  /** Number of questions. */
  total: number;
  answers: Answers;
  /** The question being asked (0-based). */
  step: number;
  /** "Next" was pressed without an answer to the question on screen: the message shows beside it. */
  missing: boolean;
  /** The results view could not be fetched: the message shows above the buttons. */
  unavailable: boolean;
  /** An unfinished attempt found on this device. */
  saved: Progress | null;
  past: PastResult[];
  /** The partner's answers, from a couple link. */
  partner: number[] | null;
  /** The reader opened the comparison their partner sent back (their own answers in the link). */
  returned: boolean;
  /** Why a couple link was refused. */
  problem: LinkProblem | null;
  result: QuizResult | null;
  /** What the live region announces. */
  status: string;
}

const unanswered = (total: number): Answers => Array.from({ length: total }, () => null);

export const initialSession = (total: number): QuizSession => ({
  phase: 'static',
  total,
  answers: unanswered(total),
  step: 0,
  missing: false,
  unavailable: false,
  saved: null,
  past: [],
  partner: null,
  returned: false,
  problem: null,
  result: null,
  status: '',
});

// The transitions. Each returns an updater: the session in, the next session out, the input left
// unchanged, so the hook hands them straight to its state setter. Plain functions rather than
// action objects, because the minifier shortens their names and the quiz page's script budget is
// tight.
type Update = (s: QuizSession) => QuizSession;

/** Announces a message in the live region. */
export const say =
  (status: string): Update =>
  (s) => ({ ...s, status });

/** Hydrated: what this device remembers, and what the couple link in the address asks for. */
export const loaded =
  (saved: Progress | null, past: PastResult[], link: CoupleLink): Update =>
  (s) => ({
    ...s,
    phase: 'intro',
    saved,
    past,
    problem: link.kind === 'refused' ? link.problem : null,
    partner: link.kind === 'invited' || link.kind === 'returned' ? link.partner : null,
  });

/** Moves to a question and announces it. */
export const goTo =
  (step: number): Update =>
  (s) => ({
    ...s,
    step,
    missing: false,
    unavailable: false,
    status: `Question ${step + 1} of ${s.total}`,
  });

/** Starts afresh (`from` null) or resumes saved progress. */
export const begin =
  (from: Progress | null): Update =>
  (s) => {
    const start = from ?? { answers: unanswered(s.total), step: 0 };
    return goTo(start.step)({
      ...s,
      phase: 'asking',
      answers: start.answers,
      result: null,
      returned: false,
    });
  };

/** Records an answer to the current question (which also settles a "choose an answer" message). */
export const choose =
  (value: number): Update =>
  (s) => ({ ...s, missing: false, answers: s.answers.map((a, i) => (i === s.step ? value : a)) });

/** "Next" was pressed without an answer: the message shows beside the question and is announced. */
export const needAnswer: Update = (s) => ({
  ...say(`Choose an answer to question ${s.step + 1} to go on.`)(s),
  missing: true,
});

/** The results view could not be fetched: the message shows above the buttons and is announced. */
export const unavailable =
  (message: string): Update =>
  (s) => ({ ...say(message)(s), unavailable: true });

/** The quiz is scored: the result shows, saved progress is gone, the band is announced. */
export const finished =
  (result: QuizResult, past: PastResult[]): Update =>
  (s) => ({
    ...say(`Your result: ${result.band.title}, ${result.overall} out of 100.`)(s),
    phase: 'done',
    unavailable: false,
    past,
    saved: null,
    result,
  });

/** The reader's own answers came back in the comparison their partner sent. */
export const returned =
  (own: number[], result: QuizResult): Update =>
  (s) => ({ ...s, phase: 'done', answers: own, result, returned: true });

/** The couple link is forgotten. */
export const dropLink: Update = (s) => ({ ...s, problem: null, partner: null, returned: false });

/**
 * Answers and past results are gone from this device: back to the intro. From a result ("Hide this
 * result", for a shared device) the announcement says the result is hidden too.
 */
export const cleared: Update = (s) => ({
  ...dropLink(s),
  phase: 'intro',
  saved: null,
  past: [],
  answers: unanswered(s.total),
  step: 0,
  missing: false,
  unavailable: false,
  result: null,
  status: `${s.phase === 'done' ? 'Your result is hidden. ' : ''}Your answers and past results are cleared from this device.`,
});

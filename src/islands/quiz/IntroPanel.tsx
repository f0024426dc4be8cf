import type { Ref } from 'preact';
import type { QuizCopy } from '../../lib/quiz/copy';
import type { LinkProblem } from '../../lib/quiz/links';
import { PROGRESS_DAYS, type PastResult, type Progress } from '../../lib/quiz/storage';
import type { Band } from '../../lib/quiz/types';

interface Props {
  copy: QuizCopy;
  total: number;
  bands: Band[];
  /** False in the server render (and the first client render): nothing can start yet. */
  ready: boolean;
  saved: Progress | null;
  past: PastResult[];
  problem: LinkProblem | null;
  /** Why the comparison a partner sent back is not shown (it could not be fetched), or null. */
  unavailable: string | null;
  /** The page was opened from a partner's couple link. */
  invited: boolean;
  startRef: Ref<HTMLButtonElement>;
  onBegin: (from: Progress | null) => void;
  onClear: () => void;
  onStartOver: () => void;
}

/** What this device remembers, and how long (a resume prompt says so). */
function Remembered({ saved, past, total, bands }: Props) {
  const answered = saved?.answers.filter((a) => a !== null).length ?? 0;
  const last = past.at(-1);
  return (
    <>
      {saved && (
        <p>{`You have an unfinished attempt on this device: ${answered} of ${total} answered. Unfinished answers are kept in this browser for ${PROGRESS_DAYS} days, then forgotten; past results stay until you clear them.`}</p>
      )}
      {last && (
        <p>{`Your last result on this device: ${bands.find((b) => b.id === last.band)?.title ?? ''}, ${last.overall} out of 100.`}</p>
      )}
    </>
  );
}

/**
 * Before the first question: start or resume, a refused link explained, a partner's invitation.
 * The server renders it too (not ready), so hydrating moves nothing on the page.
 */
export function IntroPanel(p: Props) {
  return (
    <div class="quiz-start">
      {p.problem && (
        <div class="quiz-problem" role="alert">
          <p>{`${p.copy.linkProblems[p.problem]} ${p.copy.takeItYourself}`}</p>
          <button type="button" onClick={p.onStartOver}>
            Start over without this link
          </button>
        </div>
      )}
      {p.unavailable && <p class="quiz-missing">{p.unavailable}</p>}
      {p.invited && <p class="quiz-invite">{p.copy.invited}</p>}
      <Remembered {...p} />
      <p class="quiz-nojs">{p.copy.noScript}</p>
      <div class="quiz-actions">
        <button
          type="button"
          ref={p.startRef}
          disabled={!p.ready}
          onClick={() => p.onBegin(p.saved)}
        >
          {p.saved ? 'Resume where you left off' : 'Start the quiz'}
        </button>
        {p.saved && (
          <button type="button" class="quiz-secondary" onClick={() => p.onBegin(null)}>
            Start again
          </button>
        )}
        {(p.saved !== null || p.past.length > 0) && (
          <button type="button" class="quiz-quiet" onClick={p.onClear}>
            Clear my answers
          </button>
        )}
      </div>
    </div>
  );
}

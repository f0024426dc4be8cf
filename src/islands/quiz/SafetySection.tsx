import { useEffect, useRef } from 'preact/hooks';
import { safetyActions } from '../../lib/quiz/safety';
import type { Question } from '../../lib/quiz/types';
import { scaleOf, type QuizView } from '../../lib/quiz/view';
import { PAGES } from '../../lib/paths/pages';
import { ActionList } from './ActionList';

interface Props {
  quiz: QuizView;
  /** The warning-sign items answered at their strong end (lib/quiz/safety.ts). */
  concerns: Question[];
  answers: number[];
  onHide: () => void;
}

/**
 * Copies the page's help lines (server-rendered under "About this quiz", already in the reader's
 * country order) into the section, so the quiz ships no help data and no second renderer. The
 * element has no Preact children, so Preact never touches what is copied in.
 */
function useHelpLines() {
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const lines = document.querySelector('[data-help-lines]');
    const link = Object.assign(document.createElement('a'), {
      href: PAGES.help,
      textContent: 'Help lines by country',
    });
    slot.current?.replaceChildren(lines ? lines.cloneNode(true) : link);
  }, []);
  return slot;
}

/**
 * Opens the result when a warning sign was answered strongly: what the answer can mean, that it is
 * not the reader's fault, where to talk to someone, safety-first reading, and a way to hide it all.
 */
export function SafetySection({ quiz, concerns, answers, onHide }: Props) {
  const slot = useHelpLines();
  const { copy } = quiz;
  const answerOf = (q: Question) =>
    scaleOf(quiz, q.scale).options[answers[quiz.questions.indexOf(q)] ?? -1]?.label ?? '';
  const actions = safetyActions(quiz, concerns);
  return (
    <section class="quiz-safety" aria-labelledby="quiz-safety-heading">
      <h3 id="quiz-safety-heading">{copy.safetyHeading}</h3>
      {concerns.map((q) => (
        <div key={q.id}>
          <p class="quiz-quote">{`You answered “${answerOf(q)}” to “${q.text}”`}</p>
          <p>{q.safety}</p>
        </div>
      ))}
      <p>{copy.notYourFault}</p>
      <p class="quiz-lead">{copy.safetyHelp}</p>
      <div class="quiz-help-slot" ref={slot} />
      {actions.length > 0 && (
        <>
          <p class="quiz-lead">{copy.safetyMore}</p>
          <ActionList actions={actions} />
        </>
      )}
      <div class="quiz-actions">
        <button type="button" class="quiz-secondary" onClick={onHide}>
          Hide this result
        </button>
      </div>
      <p class="quiz-hint">{copy.hideHint}</p>
    </section>
  );
}

import type { Ref, TargetedEvent } from 'preact';
import type { Answers } from '../../lib/quiz/types';
import type { QuizView } from '../../lib/quiz/view';
import { QuestionField } from './QuestionField';

interface Props {
  quiz: QuizView;
  step: number;
  answers: Answers;
  /** "Next" was pressed without an answer. */
  missing: boolean;
  /** Why the result is not shown (the results view could not be fetched), or null. */
  unavailable: string | null;
  fieldsetRef: Ref<HTMLFieldSetElement>;
  onChoose: (value: number) => void;
  onNext: (e: TargetedEvent<HTMLFormElement>) => void;
  onBack: () => void;
  onClear: () => void;
}

/**
 * One question at a time under a compact progress bar that stays at the top of the screen, with
 * Back and Next (Enter on a radio submits: Next).
 */
export function AskingForm({
  quiz,
  step,
  answers,
  missing,
  unavailable,
  fieldsetRef,
  onChoose,
  onNext,
  onBack,
  onClear,
}: Props) {
  const question = quiz.questions[step];
  if (!question) return null;
  const total = quiz.questions.length;
  const answered = answers.filter((a) => a !== null).length;
  return (
    <form class="quiz-form" aria-label={quiz.title} onSubmit={onNext}>
      <div class="quiz-bar">
        <label class="quiz-progress">
          <span>{`${answered} of ${total} answered`}</span>
          <progress max={total} value={answered} />
        </label>
      </div>
      <QuestionField
        key={question.id}
        quiz={quiz}
        question={question}
        index={step}
        value={answers[step] ?? null}
        onChange={onChoose}
        fieldsetRef={fieldsetRef}
        missing={missing ? quiz.copy.missing : null}
      />
      {unavailable && <p class="quiz-missing">{unavailable}</p>}
      <div class="quiz-actions">
        <button type="button" class="quiz-secondary" onClick={onBack} disabled={step === 0}>
          Back
        </button>
        <button type="submit">{step === total - 1 ? 'See my result' : 'Next'}</button>
      </div>
      <button type="button" class="quiz-quiet" onClick={onClear}>
        Clear my answers
      </button>
    </form>
  );
}

import type { Ref } from 'preact';
import type { Question, QuizDefinition } from '../../lib/quiz/types';
import { scaleOf } from '../../lib/quiz/view';
import { Circles } from './Circles';

interface Props {
  quiz: QuizDefinition;
  question: Question;
  /** 0-based position; shown 1-based before the statement. */
  index: number;
  value: number | null;
  /** Absent in the server render: the radios are plain form controls until the island runs. */
  onChange?: ((value: number) => void) | undefined;
  fieldsetRef?: Ref<HTMLFieldSetElement> | undefined;
  /** Shown beside the question, and tied to it, after "Next" without an answer. */
  missing?: string | null | undefined;
}

/** One question as a fieldset of native radios; the same markup before and after hydration. */
export function QuestionField(p: Props) {
  const { quiz, question, index, value, onChange, missing } = p;
  const name = `q-${question.id}`;
  const scale = scaleOf(quiz, question.scale);
  return (
    <fieldset
      class={`quiz-question quiz-${scale.kind}`}
      ref={p.fieldsetRef ?? null}
      tabIndex={-1}
      aria-describedby={missing ? 'quiz-missing' : undefined}
    >
      {/* One string per text node: adjacent JSX texts would hydrate as separate nodes that the
          server HTML merged, and Preact would patch them (a hydration mismatch). */}
      <legend>
        <span class="quiz-number">
          {`Question ${index + 1} of ${quiz.questions.length}`}
          <span class="visually-hidden">:</span>
        </span>
        {` ${question.text}`}
      </legend>
      {missing && (
        <p id="quiz-missing" class="quiz-missing">
          {missing}
        </p>
      )}
      <div class="quiz-options">
        {scale.options.map((option, i) => (
          <label class="quiz-option" key={i}>
            <input
              type="radio"
              name={name}
              value={i}
              checked={value === i}
              onChange={onChange && (() => onChange(i))}
            />
            {scale.kind === 'circles' && <Circles index={i} count={scale.options.length} />}
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

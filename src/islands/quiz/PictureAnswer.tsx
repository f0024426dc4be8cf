import type { QuizView } from '../../lib/quiz/view';
import { scaleOf } from '../../lib/quiz/view';
import { Circles } from './Circles';

/** The answers to standalone items (the circles picture), shown as they are: they are in no score. */
export function PictureAnswer({ quiz, answers }: { quiz: QuizView; answers: number[] }) {
  const items = quiz.questions.flatMap((q, i) => (q.standalone ? [{ q, answer: answers[i] }] : []));
  return items.map(({ q, answer }) => {
    const options = scaleOf(quiz, q.scale).options;
    const chosen = answer === undefined ? undefined : options[answer];
    if (answer === undefined || !chosen) return null;
    return (
      <div class="quiz-picture" key={q.id}>
        <h3>Your picture</h3>
        {scaleOf(quiz, q.scale).kind === 'circles' && (
          <Circles index={answer} count={options.length} />
        )}
        <p>{`${chosen.label} (${answer + 1} of ${options.length}). ${quiz.copy.pictureNote}`}</p>
      </div>
    );
  });
}

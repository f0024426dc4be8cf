import type { QuizView } from '../../lib/quiz/view';
import { QuestionField } from './QuestionField';

/**
 * Every question at once, as the server sends it: readable and indexable without JavaScript.
 * The island's first render is exactly this, so hydration changes nothing.
 */
export function StaticForm({ quiz }: { quiz: QuizView }) {
  return (
    <form class="quiz-form" aria-label={quiz.title}>
      <p class="quiz-hint">{quiz.copy.staticHint}</p>
      {quiz.questions.map((q, i) => (
        <QuestionField key={q.id} quiz={quiz} question={q} index={i} value={null} />
      ))}
      {/* Disabled until the island runs: without JavaScript nothing can score the answers. */}
      <button type="submit" disabled>
        See my result
      </button>
    </form>
  );
}

import { itemSummary, type QuizView } from '../../lib/quiz/view';
import { QuestionField } from './QuestionField';

/**
 * Every question at once, folded under the Start button: readable and indexable without
 * JavaScript, and a preview with it. The server and the island's first render both draw it, so
 * hydrating changes nothing and nothing on the page moves.
 */
export function StaticForm({ quiz }: { quiz: QuizView }) {
  return (
    <details class="quiz-preview">
      <summary>{`Read all ${itemSummary(quiz)} first`}</summary>
      <form class="quiz-form" aria-label={quiz.title}>
        <p class="quiz-hint">{quiz.copy.staticHint}</p>
        {quiz.questions.map((q, i) => (
          <QuestionField key={q.id} quiz={quiz} question={q} index={i} value={null} />
        ))}
        {/* Never enabled: answers are scored one question at a time, after Start. */}
        <button type="submit" disabled>
          See my result
        </button>
      </form>
    </details>
  );
}

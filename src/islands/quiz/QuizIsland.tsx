import type { QuizView } from '../../lib/quiz/view';
import { AskingForm } from './AskingForm';
import { IntroPanel } from './IntroPanel';
import { StaticForm } from './StaticForm';
import { useQuiz } from './use-quiz';
import './quiz.css';

/**
 * The quiz. Its first render is the whole form exactly as the server sent it (so hydration
 * matches); an effect then switches to one question at a time. Answers live in this component
 * and localStorage only (see use-quiz.ts).
 */
export default function QuizIsland({ quiz }: { quiz: QuizView }) {
  const { state, ResultPanel, ...on } = useQuiz(quiz);
  const { phase, answers, result } = state;

  const view = () => {
    if (phase === 'static') return <StaticForm quiz={quiz} />;
    if (phase === 'intro') {
      return (
        <IntroPanel
          {...on}
          copy={quiz.copy}
          total={state.total}
          bands={quiz.bands}
          saved={state.saved}
          past={state.past}
          problem={state.problem}
          invited={state.partner !== null}
        />
      );
    }
    if (phase === 'asking')
      return <AskingForm {...on} quiz={quiz} step={state.step} answers={answers} />;
    if (!result || !ResultPanel) return null;
    return (
      <ResultPanel
        {...on}
        quiz={quiz}
        result={result}
        answers={answers as number[]}
        partner={state.partner}
        returned={state.returned}
        past={state.past}
      />
    );
  };

  // One status region for the island's whole life, so that screen readers hear every change.
  return (
    <div class="quiz">
      <p role="status" class="visually-hidden">
        {/* null, not "": the server writes no text node for an empty string, so neither may we. */}
        {state.status || null}
      </p>
      {view()}
    </div>
  );
}

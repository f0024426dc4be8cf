import type { QuizView } from '../../lib/quiz/view';
import { AskingForm } from './AskingForm';
import { IntroPanel } from './IntroPanel';
import { StaticForm } from './StaticForm';
import { useQuiz } from './use-quiz';
import './quiz.css';

/**
 * The quiz. Its first render is the start panel and the folded list of every question, exactly as
 * the server sent them (so hydration matches and nothing moves); Start switches to one question at
 * a time. The phase is a class on the root, so that the page can hide its introduction once the
 * reader has started (quiz.css). Answers live in this component and localStorage only.
 */
export default function QuizIsland({ quiz }: { quiz: QuizView }) {
  const { state, ResultPanel, ...on } = useQuiz(quiz);
  const { phase, answers, result } = state;

  const view = () => {
    if (phase === 'static' || phase === 'intro') {
      return (
        <>
          <IntroPanel
            {...on}
            copy={quiz.copy}
            total={state.total}
            bands={quiz.bands}
            ready={phase === 'intro'}
            saved={state.saved}
            past={state.past}
            problem={state.problem}
            unavailable={state.unavailable ? quiz.copy.unavailable : null}
            invited={state.partner !== null}
          />
          <StaticForm quiz={quiz} />
        </>
      );
    }
    if (phase === 'asking') {
      return (
        <AskingForm
          {...on}
          quiz={quiz}
          step={state.step}
          answers={answers}
          missing={state.missing}
          unavailable={state.unavailable ? quiz.copy.unavailable : null}
        />
      );
    }
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
    <div class={`quiz quiz-${phase}`}>
      <p role="status" class="visually-hidden">
        {/* null, not "": the server writes no text node for an empty string, so neither may we. */}
        {state.status || null}
      </p>
      {view()}
    </div>
  );
}

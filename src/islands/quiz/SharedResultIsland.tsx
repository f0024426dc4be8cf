import { useEffect, useState } from 'preact/hooks';
import { decodeResult, fragmentParam } from '../../lib/quiz/links';
import { resultFromScores, type QuizResult } from '../../lib/quiz/scoring';
import type { QuizView } from '../../lib/quiz/view';
import { quizPath } from '../../lib/paths/content';
import { ResultView } from './ResultView';
import './quiz.css';

type State =
  { kind: 'band' } | { kind: 'scores'; result: QuizResult } | { kind: 'refused'; message: string };

/**
 * The page a share link opens. The server renders the band of this page; the island then reads
 * the scores from the fragment (which never reached a server) and shows them, or says plainly
 * why the link cannot be shown.
 */
export default function SharedResultIsland({ quiz, bandId }: { quiz: QuizView; bandId: string }) {
  const [state, setState] = useState<State>({ kind: 'band' });
  useEffect(() => {
    // A link pasted into this same tab only changes the fragment: read it afresh.
    addEventListener(
      'hashchange',
      () => fragmentParam(location.hash, 'r') !== null && location.reload(),
    );
    const raw = fragmentParam(location.hash, 'r');
    if (raw === null) return;
    const decoded = decodeResult(quiz, quiz.fingerprint, raw);
    if (!decoded.ok) {
      setState({ kind: 'refused', message: quiz.copy.linkProblems[decoded.problem] });
      return;
    }
    const { overall, band, scores } = decoded.value;
    if (band.id !== bandId) {
      setState({ kind: 'refused', message: quiz.copy.wrongPage });
      return;
    }
    const dimensions = quiz.dimensions.map((d, i) => ({ id: d.id, score: scores[i] ?? 0 }));
    setState({ kind: 'scores', result: resultFromScores(quiz, overall, dimensions) });
  }, []);

  if (state.kind === 'scores') {
    return <ResultView quiz={quiz} result={state.result} heading="A shared result" />;
  }
  if (state.kind === 'refused') {
    return (
      <div class="quiz-problem" role="alert">
        <h2>This result cannot be shown</h2>
        <p>{state.message}</p>
        <p>
          <a href={quizPath(quiz.slug)}>Take the {quiz.shortTitle.toLowerCase()} quiz yourself</a>
        </p>
      </div>
    );
  }
  const band = quiz.bands.find((b) => b.id === bandId);
  return (
    <section class="quiz-result" aria-labelledby="quiz-result-heading">
      <h2 id="quiz-result-heading">{`A shared result: ${band?.title ?? ''}`}</h2>
      <p>{band?.interpretation}</p>
      <p class="quiz-hint">{quiz.copy.sharedHint}</p>
    </section>
  );
}

import type { ComponentChildren, Ref } from 'preact';
import type { QuizResult } from '../../lib/quiz/scoring';
import type { QuizView } from '../../lib/quiz/view';
import { ScoreChart } from './ScoreChart';

interface Props {
  quiz: QuizView;
  result: QuizResult;
  heading: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  children?: ComponentChildren;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Strongest and weakest dimensions, or a plain sentence when every score is the same. */
function extremes(quiz: QuizView, result: QuizResult) {
  const noun = quiz.dimensionNoun;
  const names = (ids: string[]) =>
    ids.map((id) => quiz.dimensions.find((d) => d.id === id)?.label ?? id).join(', ');
  const scoreOf = (id: string) => result.dimensions.find((d) => d.id === id)?.score ?? 0;
  if (result.strongest.length === result.dimensions.length) {
    return (
      <p>
        Every {noun} scored the same ({scoreOf(result.strongest[0] ?? '')} out of 100), so no one{' '}
        {noun} stands out.
      </p>
    );
  }
  return (
    <dl class="quiz-extremes">
      <dt>Strongest {noun}</dt>
      <dd>
        {names(result.strongest)} ({scoreOf(result.strongest[0] ?? '')})
      </dd>
      <dt>{capital(noun)} that could use some care</dt>
      <dd>
        {names(result.weakest)} ({scoreOf(result.weakest[0] ?? '')})
      </dd>
    </dl>
  );
}

/** Ideas for at most two weakest dimensions: that keeps the page short when several tie. */
function ideas(quiz: QuizView, result: QuizResult) {
  const focus = result.weakest
    .slice(0, 2)
    .flatMap((id) => quiz.dimensions.find((d) => d.id === id) ?? []);
  return focus.map((d) => (
    <div class="quiz-ways" key={d.id}>
      <h3>Ideas for {d.label.toLowerCase()}</h3>
      <p>{d.meaning}</p>
      <ul>
        {d.ways.map((w) => (
          <li key={w.href}>
            <a href={w.href}>{w.label}</a>
          </li>
        ))}
      </ul>
    </div>
  ));
}

/** Band, chart and table, strongest and weakest, ideas, and the "not a diagnosis" note. */
export function ResultView({ quiz, result, heading, headingRef, children }: Props) {
  return (
    <section class="quiz-result" aria-labelledby="quiz-result-heading">
      <h2 id="quiz-result-heading" tabIndex={-1} ref={headingRef ?? null}>
        {heading}: {result.band.title}
      </h2>
      <p class="quiz-overall">
        Overall score: <strong>{result.overall}</strong> out of 100
      </p>
      <p>{result.band.interpretation}</p>
      <ScoreChart
        dimensions={quiz.dimensions}
        rows={result.dimensions}
        caption={`Scores by ${quiz.dimensionNoun}, out of 100`}
        series={['Score', 'Partner']}
      />
      {extremes(quiz, result)}
      {ideas(quiz, result)}
      <div class="quiz-note">
        <h3>What this can and cannot tell you</h3>
        <p>{quiz.note}</p>
        <h3>If you need help</h3>
        <p>{quiz.help}</p>
      </div>
      {children}
    </section>
  );
}

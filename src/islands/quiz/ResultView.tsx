import type { ComponentChildren, Ref } from 'preact';
import { actionsFor } from '../../lib/quiz/safety';
import type { QuizResult } from '../../lib/quiz/scoring';
import type { Question } from '../../lib/quiz/types';
import type { QuizView } from '../../lib/quiz/view';
import { quizPath } from '../../lib/paths/content';
import { ActionList } from './ActionList';
import { BandGauge } from './BandGauge';
import { ScoreChart } from './ScoreChart';

interface Props {
  quiz: QuizView;
  result: QuizResult;
  heading: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** Warning signs answered strongly: their dimensions get safety-first actions, no starter. */
  concerns?: Question[] | undefined;
  /** Shown straight under the heading, before anything else (the safety section). */
  first?: ComponentChildren;
  children?: ComponentChildren;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Strongest and weakest dimensions, or a plain sentence when every score is the same. */
function Extremes({ quiz, result }: { quiz: QuizView; result: QuizResult }) {
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

/**
 * The weakest dimension (the first, when several tie): what it means, a question to ask each
 * other and two or three actions. Where one of its warning signs was answered strongly, the
 * actions are the safety-first ones and there is no question to put to the partner.
 */
function Focus({ quiz, result, concerns }: Props) {
  const d = quiz.dimensions.find((x) => x.id === result.weakest[0]);
  if (!d) return null;
  const concerned = (concerns ?? []).some((q) => q.dimension === d.id);
  return (
    <div class="quiz-focus">
      <h3>{`Where to start: ${d.label.toLowerCase()}`}</h3>
      <p>{d.meaning}</p>
      {!concerned && (
        <p>
          A question to ask each other: <q>{d.starter}</q>
        </p>
      )}
      <ActionList actions={actionsFor(d, concerns ?? [])} />
    </div>
  );
}

/**
 * The result card: safety first when it applies, the score on the band gauge, what the band
 * means, the bars, strongest and weakest, where to start, then what the caller adds (comparison,
 * trend, share), and one link to what the quiz can and cannot tell.
 */
export function ResultView(p: Props) {
  const { quiz, result } = p;
  return (
    <section class="quiz-result" aria-labelledby="quiz-result-heading">
      <h2 id="quiz-result-heading" tabIndex={-1} ref={p.headingRef ?? null}>
        {p.heading}: {result.band.title}
      </h2>
      {p.first}
      <BandGauge bands={quiz.bands} overall={result.overall} current={result.band.id} />
      <p>{result.band.interpretation}</p>
      <ScoreChart
        dimensions={quiz.dimensions}
        rows={result.dimensions}
        caption={`Scores by ${quiz.dimensionNoun}, out of 100`}
        noun={quiz.dimensionNoun}
      />
      <Extremes quiz={quiz} result={result} />
      <Focus {...p} />
      {p.children}
      <p class="quiz-hint">
        Not a diagnosis. <a href={`${quizPath(quiz.slug)}#about-quiz`}>{quiz.copy.aboutLink}</a>
      </p>
    </section>
  );
}

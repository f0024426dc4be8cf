import { compareScores, largestGaps } from '../../lib/quiz/compare';
import type { QuizResult } from '../../lib/quiz/scoring';
import type { QuizView } from '../../lib/quiz/view';
import { ScoreChart } from './ScoreChart';

interface Props {
  quiz: QuizView;
  mine: QuizResult;
  theirs: QuizResult;
  /** Dimensions where the reader answered a warning sign strongly: no conversation starter there. */
  unsafe: string[];
}

/** Both partners' scores side by side, the largest gaps, and a conversation starter for each. */
export function CoupleCompare({ quiz, mine, theirs, unsafe }: Props) {
  const gaps = compareScores(mine.dimensions, theirs.dimensions);
  const largest = largestGaps(gaps);
  const noun = quiz.dimensionNoun;
  return (
    <section class="quiz-couple" aria-labelledby="quiz-couple-heading">
      <h3 id="quiz-couple-heading">You and your partner</h3>
      <p>
        Your overall score is {mine.overall} ({mine.band.title}); your partner's is {theirs.overall}{' '}
        ({theirs.band.title}).
      </p>
      <ScoreChart
        dimensions={quiz.dimensions}
        rows={gaps.map((g) => ({ id: g.id, score: g.mine, other: g.theirs }))}
        caption={`Your scores and your partner's, by ${noun}, out of 100`}
        noun={noun}
        series={['You', 'Your partner']}
      />
      {largest.length ? (
        <>
          <h4>Where you see things most differently</h4>
          <ul class="quiz-gaps">
            {largest.map((g) => {
              const d = quiz.dimensions.find((x) => x.id === g.id);
              return (
                <li key={g.id}>
                  <strong>{d?.label}</strong>: {g.gap} points apart.
                  {!unsafe.includes(g.id) && (
                    <>
                      {' '}
                      Try asking: <q>{d?.starter}</q>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>
          You see every {noun} within 10 points of each other. Talking about why can still be
          worthwhile.
        </p>
      )}
    </section>
  );
}

import type { Ref } from 'preact';
import { encodeAnswers, encodeResult } from '../../lib/quiz/link-writers';
import { scoreQuiz, type QuizResult } from '../../lib/quiz/scoring';
import type { PastResult } from '../../lib/quiz/storage';
import type { QuizView } from '../../lib/quiz/view';
import { sharedResultPath } from '../../lib/paths/content';
import { CoupleCompare } from './CoupleCompare';
import { ResultView } from './ResultView';
import { ShareBox } from './ShareBox';
import { Trend } from './Trend';

interface Props {
  quiz: QuizView;
  result: QuizResult;
  answers: number[];
  /** The partner's answers, in couple mode. */
  partner: number[] | null;
  /** The reader opened the comparison their partner sent back: nothing more to send. */
  returned: boolean;
  past: PastResult[];
  headingRef: Ref<HTMLHeadingElement>;
  onRetake: () => void;
  onClear: () => void;
}

/** The reader's result, with the couple comparison, trend, share links and a way to start again. */
export function ResultPanel(p: Props) {
  const { quiz, result, partner } = p;
  const fp = quiz.fingerprint;
  const here = `${location.origin}${location.pathname}`;
  const shared = encodeResult(fp, {
    overall: result.overall,
    band: result.band,
    scores: result.dimensions.map((d) => d.score),
  });
  return (
    <ResultView quiz={quiz} result={result} heading="Your result" headingRef={p.headingRef}>
      {partner && <CoupleCompare quiz={quiz} mine={result} theirs={scoreQuiz(quiz, partner)} />}
      {partner && !p.returned && (
        <ShareBox
          blocked={quiz.copy.copyBlocked}
          heading="Send the comparison back"
          intro={quiz.copy.sendBackIntro}
          url={`${here}#c=${encodeAnswers(fp, p.answers)}&you=${encodeAnswers(fp, partner)}`}
          title={quiz.title}
        />
      )}
      <Trend history={p.past} bands={quiz.bands} />
      <ShareBox
        blocked={quiz.copy.copyBlocked}
        heading="Share your result"
        intro={quiz.copy.shareIntro}
        url={`${location.origin}${sharedResultPath(quiz.slug, result.band.id)}#r=${shared}`}
        title={`${quiz.shortTitle}: ${result.band.title}`}
      />
      {!partner && (
        <ShareBox
          blocked={quiz.copy.copyBlocked}
          heading="Take it with your partner"
          intro={quiz.copy.partnerIntro}
          url={`${here}#c=${encodeAnswers(fp, p.answers)}`}
          title={quiz.title}
        />
      )}
      <div class="quiz-actions">
        <button type="button" onClick={p.onRetake}>
          Take the quiz again
        </button>
        <button type="button" class="quiz-quiet" onClick={p.onClear}>
          Clear my answers
        </button>
      </div>
    </ResultView>
  );
}

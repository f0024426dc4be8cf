import type { Ref } from 'preact';
import { encodeAnswers, encodeResult } from '../../lib/quiz/link-writers';
import { safetyConcerns } from '../../lib/quiz/safety';
import { scoreQuiz, type QuizResult } from '../../lib/quiz/scoring';
import type { PastResult } from '../../lib/quiz/storage';
import type { QuizView } from '../../lib/quiz/view';
import { sharedResultPath } from '../../lib/paths/content';
import { CoupleCompare } from './CoupleCompare';
import { PictureAnswer } from './PictureAnswer';
import { ResultView } from './ResultView';
import { SafetySection } from './SafetySection';
import { ShareButton } from './ShareButton';
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

/**
 * Share, and invite the partner (or send the comparison back). No partner link when the reader
 * answered a warning sign strongly: it would carry those answers to the partner.
 */
function Sharing({
  quiz,
  result,
  answers,
  partner,
  returned,
  safetyFirst,
}: Props & { safetyFirst: boolean }) {
  const fp = quiz.fingerprint;
  const here = `${location.origin}${location.pathname}`;
  const { copy } = quiz;
  const shared = encodeResult(fp, {
    overall: result.overall,
    band: result.band,
    scores: result.dimensions.map((d) => d.score),
  });
  const partnerLink = () => {
    if (safetyFirst) return <p class="quiz-hint">{copy.noInvite}</p>;
    if (!partner) {
      const url = `${here}#c=${encodeAnswers(fp, answers)}`;
      return (
        <ShareButton
          label="Invite your partner"
          note={copy.inviteSafe}
          url={url}
          title={quiz.title}
          copy={copy}
        />
      );
    }
    if (returned) return null;
    const url = `${here}#c=${encodeAnswers(fp, answers)}&you=${encodeAnswers(fp, partner)}`;
    return (
      <ShareButton
        label="Send the comparison back"
        note={copy.sendBackSafe}
        url={url}
        title={quiz.title}
        copy={copy}
      />
    );
  };
  return (
    <div class="quiz-sharing">
      <ShareButton
        label="Share your result"
        note={copy.shareSafe}
        url={`${location.origin}${sharedResultPath(quiz.slug, result.band.id)}#r=${shared}`}
        title={`${quiz.shortTitle}: ${result.band.title}`}
        copy={copy}
      />
      {partnerLink()}
    </div>
  );
}

/** The reader's result: safety first when it applies, then the card, comparison, trend and sharing. */
export function ResultPanel(p: Props) {
  const { quiz, result, partner, answers } = p;
  const concerns = safetyConcerns(quiz, answers);
  const safetyFirst = concerns.length > 0;
  return (
    <ResultView
      quiz={quiz}
      result={result}
      heading="Your result"
      headingRef={p.headingRef}
      concerns={concerns}
      first={
        safetyFirst && (
          <SafetySection quiz={quiz} concerns={concerns} answers={answers} onHide={p.onClear} />
        )
      }
    >
      <PictureAnswer quiz={quiz} answers={answers} />
      {partner && (
        <CoupleCompare
          quiz={quiz}
          mine={result}
          theirs={scoreQuiz(quiz, partner)}
          unsafe={concerns.flatMap((q) => q.dimension ?? [])}
        />
      )}
      <Trend history={p.past} bands={quiz.bands} />
      <Sharing {...p} safetyFirst={safetyFirst} />
      <div class="quiz-actions">
        <button type="button" class="quiz-secondary" onClick={p.onRetake}>
          Take the quiz again
        </button>
        {!safetyFirst && (
          <button type="button" class="quiz-secondary" onClick={p.onClear}>
            Hide this result
          </button>
        )}
      </div>
      {!safetyFirst && <p class="quiz-hint">{quiz.copy.hideHint}</p>}
    </ResultView>
  );
}

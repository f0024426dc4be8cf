import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import {
  decodeAnswers,
  encodeAnswers,
  encodeResult,
  fragmentParam,
  linkProblemMessage,
  type LinkProblem,
} from '../../lib/quiz/links';
import { scoreQuiz, type QuizResult } from '../../lib/quiz/scoring';
import {
  addHistory,
  clearEverything,
  clearProgress,
  loadHistory,
  loadProgress,
  saveProgress,
  type KeyValueStore,
  type PastResult,
  type Progress,
} from '../../lib/quiz/storage';
import type { Answers } from '../../lib/quiz/types';
import { sharedResultPath, type QuizView } from '../../lib/quiz/view';
import { CoupleCompare } from './CoupleCompare';
import { QuestionField } from './QuestionField';
import { ResultView } from './ResultView';
import { ShareBox } from './ShareBox';
import { Trend } from './Trend';
import './quiz.css';

/** "static" is the server render and the first client render; the rest exist only after hydration. */
type Phase = 'static' | 'intro' | 'asking' | 'done';
type FocusTarget = 'question' | 'result' | 'start' | null;

function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The quiz. Its first render is the whole form exactly as the server sent it (so hydration
 * matches); an effect then switches to one question at a time. Answers live in this component
 * and localStorage only.
 */
export default function QuizIsland({ quiz }: { quiz: QuizView }) {
  const total = quiz.questions.length;
  const fp = quiz.fingerprint;
  const empty = (): Answers => quiz.questions.map(() => null);
  // The schema guarantees a known scale; the fallback only keeps the types honest.
  const scaleOf = (id: string) =>
    quiz.scales.find((s) => s.id === id) ?? { id, kind: 'words' as const, options: [] };
  const [phase, setPhase] = useState<Phase>('static');
  const [answers, setAnswers] = useState<Answers>(empty);
  const [step, setStep] = useState(0);
  const [saved, setSaved] = useState<Progress | null>(null);
  const [past, setPast] = useState<PastResult[]>([]);
  const [partner, setPartner] = useState<number[] | null>(null);
  // True when the reader opened the comparison their partner sent back (their own answers in the link).
  const [returned, setReturned] = useState(false);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const [result, setResult] = useState<QuizResult | null>(null);
  const [status, setStatus] = useState('');
  const store = useRef<KeyValueStore | null>(null);
  const focusTarget = useRef<FocusTarget>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    store.current = browserStore();
    setSaved(loadProgress(store.current, quiz, fp));
    setPast(loadHistory(store.current, quiz.slug));
    setPhase('intro');
    // A link pasted into this same tab only changes the fragment: start afresh from it.
    addEventListener(
      'hashchange',
      () => fragmentParam(location.hash, 'c') !== null && location.reload(),
    );
    const theirs = fragmentParam(location.hash, 'c');
    if (theirs === null) return;
    const decoded = decodeAnswers(quiz, fp, theirs);
    if (!decoded.ok) return setProblem(decoded.problem);
    setPartner(decoded.value);
    const mine = fragmentParam(location.hash, 'you');
    if (mine === null) return;
    const own = decodeAnswers(quiz, fp, mine);
    if (!own.ok) return setProblem(own.problem);
    setAnswers(own.value);
    setResult(scoreQuiz(quiz, own.value));
    setReturned(true);
    setPhase('done');
  }, []);

  // Moves focus only after a reader's action, never on page load.
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === 'question') fieldsetRef.current?.focus();
    else if (target === 'result') headingRef.current?.focus();
    else if (target === 'start') startRef.current?.focus();
  });

  const goTo = (next: number, kept: Answers) => {
    setStep(next);
    saveProgress(store.current, quiz, fp, { answers: kept, step: next });
    focusTarget.current = 'question';
    setStatus(`Question ${next + 1} of ${total}`);
  };

  const begin = (from: Progress | null) => {
    const start = from ?? { answers: empty(), step: 0 };
    setAnswers(start.answers);
    setResult(null);
    setReturned(false);
    setPhase('asking');
    goTo(start.step, start.answers);
  };

  const choose = (value: number) => {
    const next = answers.slice();
    next[step] = value;
    setAnswers(next);
    saveProgress(store.current, quiz, fp, { answers: next, step });
  };

  const finish = () => {
    const r = scoreQuiz(quiz, answers);
    const entry = {
      at: new Date().toISOString(),
      overall: r.overall,
      band: r.band.id,
      scores: r.dimensions.map((d) => d.score),
    };
    setPast(addHistory(store.current, quiz.slug, entry));
    clearProgress(store.current, quiz.slug);
    setSaved(null);
    setResult(r);
    setPhase('done');
    focusTarget.current = 'result';
    setStatus(`Your result: ${r.band.title}, ${r.overall} out of 100.`);
  };

  const next = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (answers[step] == null) {
      setStatus(`Choose an answer to question ${step + 1} to go on.`);
      fieldsetRef.current?.focus();
    } else if (step === total - 1) finish();
    else goTo(step + 1, answers);
  };

  const dropLink = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setProblem(null);
    setPartner(null);
    setReturned(false);
  };

  const startOver = () => {
    dropLink();
    focusTarget.current = 'start';
  };

  const clearAll = () => {
    clearEverything(store.current, quiz.slug);
    dropLink();
    setSaved(null);
    setPast([]);
    setAnswers(empty());
    setStep(0);
    setResult(null);
    setPhase('intro');
    focusTarget.current = 'start';
    setStatus('Your answers and past results are cleared from this device.');
  };

  const live = (
    <p role="status" class="visually-hidden">
      {status}
    </p>
  );

  if (phase === 'static') {
    return (
      <form class="quiz-form" aria-label={quiz.title}>
        <p class="quiz-hint">
          Your score is worked out in your browser once this page has loaded. Every question is
          listed below so that you can read them first.
        </p>
        {quiz.questions.map((q, i) => (
          <QuestionField
            key={q.id}
            question={q}
            scale={scaleOf(q.scale)}
            number={i + 1}
            total={total}
            value={null}
          />
        ))}
        {/* Disabled until the island runs: without JavaScript nothing can score the answers. */}
        <button type="submit" disabled>
          See my result
        </button>
      </form>
    );
  }

  if (phase === 'intro') {
    const answered = saved?.answers.filter((a) => a !== null).length ?? 0;
    return (
      <div class="quiz-start">
        {live}
        {problem && (
          <div class="quiz-problem" role="alert">
            <p>{linkProblemMessage[problem]} You can still take the quiz yourself.</p>
            <button type="button" onClick={startOver}>
              Start over without this link
            </button>
          </div>
        )}
        {partner && (
          <p class="quiz-invite">
            Your partner took this quiz and sent you this link. Answer on your own; when you finish,
            you will see both sets of scores side by side.
          </p>
        )}
        {saved && (
          <p>
            You have an unfinished attempt on this device: {answered} of {total} answered.
          </p>
        )}
        <div class="quiz-actions">
          <button type="button" ref={startRef} onClick={() => begin(saved)}>
            {saved ? 'Resume where you left off' : 'Start the quiz'}
          </button>
          {saved && (
            <button type="button" class="quiz-secondary" onClick={() => begin(null)}>
              Start again
            </button>
          )}
          {(saved || past.length > 0) && (
            <button type="button" class="quiz-quiet" onClick={clearAll}>
              Clear my answers
            </button>
          )}
        </div>
      </div>
    );
  }

  if (phase === 'asking') {
    const question = quiz.questions[step];
    if (!question) return live;
    const answered = answers.filter((a) => a !== null).length;
    return (
      <form class="quiz-form" aria-label={quiz.title} onSubmit={next}>
        {live}
        <label class="quiz-progress">
          <span>
            {answered} of {total} answered
          </span>
          <progress max={total} value={answered} />
        </label>
        <QuestionField
          key={question.id}
          question={question}
          scale={scaleOf(question.scale)}
          number={step + 1}
          total={total}
          value={answers[step] ?? null}
          onChange={choose}
          fieldsetRef={fieldsetRef}
        />
        <div class="quiz-actions">
          <button
            type="button"
            class="quiz-secondary"
            onClick={() => goTo(step - 1, answers)}
            disabled={step === 0}
          >
            Back
          </button>
          <button type="submit">{step === total - 1 ? 'See my result' : 'Next'}</button>
        </div>
        <button type="button" class="quiz-quiet" onClick={clearAll}>
          Clear my answers
        </button>
      </form>
    );
  }

  if (!result) return live;
  const complete = answers as number[];
  const here = `${location.origin}${location.pathname}`;
  return (
    <div>
      {live}
      <ResultView quiz={quiz} result={result} heading="Your result" headingRef={headingRef}>
        {partner && <CoupleCompare quiz={quiz} mine={result} theirs={scoreQuiz(quiz, partner)} />}
        {partner && !returned && (
          <ShareBox
            heading="Send the comparison back"
            intro="This link holds your answers and your partner's, so that your partner sees the same comparison. Send it only to them."
            url={`${here}#c=${encodeAnswers(fp, complete)}&you=${encodeAnswers(fp, partner)}`}
            title={quiz.title}
          />
        )}
        <Trend history={past} bands={quiz.bands} />
        <ShareBox
          heading="Share your result"
          intro="This link shows your result and scores. It never includes your answers."
          url={`${location.origin}${sharedResultPath(quiz.slug, result.band.id)}#r=${encodeResult(
            fp,
            {
              overall: result.overall,
              band: result.band,
              scores: result.dimensions.map((d) => d.score),
            },
          )}`}
          title={`${quiz.shortTitle}: ${result.band.title}`}
        />
        {!partner && (
          <ShareBox
            heading="Take it with your partner"
            intro="This link holds your answers in a short code. Your partner answers privately, then you both can compare. Nothing is sent to us; send it only to your partner."
            url={`${here}#c=${encodeAnswers(fp, complete)}`}
            title={quiz.title}
          />
        )}
        <div class="quiz-actions">
          <button type="button" onClick={() => begin(null)}>
            Take the quiz again
          </button>
          <button type="button" class="quiz-quiet" onClick={clearAll}>
            Clear my answers
          </button>
        </div>
      </ResultView>
    </div>
  );
}

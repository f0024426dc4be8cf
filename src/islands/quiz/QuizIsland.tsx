import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { decodeAnswers, fragmentParam, type LinkProblem } from '../../lib/quiz/links';
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
import type { QuizView } from '../../lib/quiz/view';
import { AskingForm } from './AskingForm';
import { IntroPanel } from './IntroPanel';
import { StaticForm } from './StaticForm';
import './quiz.css';

/** "static" is the server render and the first client render; the rest exist only after hydration. */
type Phase = 'static' | 'intro' | 'asking' | 'done';
type FocusTarget = 'question' | 'result' | 'start' | null;
type Panel = typeof import('./ResultPanel').ResultPanel;

// The results view (chart, comparison, trend, share links) loads when the reader starts the
// quiz, not with the page: a reader who only looks at the questions never downloads it.
let panelLoad: Promise<Panel> | undefined;
const loadResultPanel = () => (panelLoad ??= import('./ResultPanel').then((m) => m.ResultPanel));

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
  const [ResultPanel, setResultPanel] = useState<Panel | null>(null);
  const store = useRef<KeyValueStore | null>(null);
  // A new object per request, so that the focus effect runs once per request and only after the
  // render that shows its target (a ref read by an effect on every render could fire early, on
  // the render before, and focus an element that is about to be replaced).
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget } | null>(null);
  const focusOn = (target: FocusTarget) => setFocusRequest({ target });
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
    void showResult(() => {
      setAnswers(own.value);
      setResult(scoreQuiz(quiz, own.value));
      setReturned(true);
    });
  }, []);

  // Moves focus only after a reader's action, never on page load.
  useEffect(() => {
    const target = focusRequest?.target;
    if (target === 'question') fieldsetRef.current?.focus();
    else if (target === 'result') headingRef.current?.focus();
    else if (target === 'start') startRef.current?.focus();
  }, [focusRequest]);

  const goTo = (next: number, kept: Answers) => {
    setStep(next);
    saveProgress(store.current, quiz, fp, { answers: kept, step: next });
    focusOn('question');
    setStatus(`Question ${next + 1} of ${total}`);
  };

  /** Shows the results once their code is here; says so plainly if it cannot be fetched. */
  const showResult = async (apply: () => void) => {
    try {
      const Loaded = await loadResultPanel();
      setResultPanel(() => Loaded);
      apply();
      setPhase('done');
    } catch {
      panelLoad = undefined;
      setStatus('The result could not be shown: check your connection and try again.');
    }
  };

  const begin = (from: Progress | null) => {
    void loadResultPanel().catch(() => (panelLoad = undefined));
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
    void showResult(() => {
      setPast(addHistory(store.current, quiz.slug, entry));
      clearProgress(store.current, quiz.slug);
      setSaved(null);
      setResult(r);
      focusOn('result');
      setStatus(`Your result: ${r.band.title}, ${r.overall} out of 100.`);
    });
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
    focusOn('start');
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
    focusOn('start');
    setStatus('Your answers and past results are cleared from this device.');
  };

  // One status region for the island's whole life, so that screen readers hear every change.
  return (
    <div class="quiz">
      <p role="status" class="visually-hidden">
        {/* null, not "": the server writes no text node for an empty string, so neither may we. */}
        {status || null}
      </p>
      {view()}
    </div>
  );

  function view() {
    if (phase === 'static') return <StaticForm quiz={quiz} />;
    if (phase === 'intro') {
      return (
        <IntroPanel
          copy={quiz.copy}
          total={total}
          bands={quiz.bands}
          saved={saved}
          past={past}
          problem={problem}
          invited={partner !== null}
          startRef={startRef}
          onBegin={begin}
          onClear={clearAll}
          onStartOver={startOver}
        />
      );
    }
    if (phase === 'asking') {
      return (
        <AskingForm
          quiz={quiz}
          step={step}
          answers={answers}
          fieldsetRef={fieldsetRef}
          onChoose={choose}
          onNext={next}
          onBack={() => goTo(step - 1, answers)}
          onClear={clearAll}
        />
      );
    }
    if (!result || !ResultPanel) return null;
    return (
      <ResultPanel
        quiz={quiz}
        result={result}
        answers={answers as number[]}
        partner={partner}
        returned={returned}
        past={past}
        headingRef={headingRef}
        onRetake={() => begin(null)}
        onClear={clearAll}
      />
    );
  }
}

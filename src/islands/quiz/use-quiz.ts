import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fragmentParam, readCoupleLink } from '../../lib/quiz/links';
import { scoreQuiz } from '../../lib/quiz/scoring';
import * as session from '../../lib/quiz/session';
import {
  addHistory,
  clearEverything,
  clearProgress,
  loadHistory,
  loadProgress,
  saveProgress,
  type KeyValueStore,
  type Progress,
} from '../../lib/quiz/storage';
import type { QuizView } from '../../lib/quiz/view';

type Focusable = RefObject<HTMLElement>;
export type Panel = typeof import('./ResultPanel').ResultPanel;

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
 * The quiz island's state and what the reader can do with it. The state changes only through the
 * pure transitions of src/lib/quiz/session.ts; this hook adds what touches the browser: storage on
 * this device, the couple link in the address, focus after an action, and loading the results view.
 */
export function useQuiz(quiz: QuizView) {
  const fp = quiz.fingerprint;
  const [state, update] = useState(() => session.initialSession(quiz.questions.length));
  const [ResultPanel, setResultPanel] = useState<Panel | null>(null);
  const store = useRef<KeyValueStore | null>(null);
  // A new object per request, so that the focus effect runs once per request and only after the
  // render that shows its target (a ref read by an effect on every render could fire early, on
  // the render before, and focus an element that is about to be replaced).
  const [focusRequest, setFocusRequest] = useState<{ target: Focusable } | null>(null);
  const focusOn = (target: Focusable) => setFocusRequest({ target });
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  /** Fetches the results view; if it cannot be fetched, says so plainly and returns false. */
  const loadPanel = async () => {
    try {
      const Loaded = await loadResultPanel();
      setResultPanel(() => Loaded);
      return true;
    } catch {
      panelLoad = undefined;
      const status = 'The result could not be shown: check your connection and try again.';
      update(session.say(status));
      return false;
    }
  };

  useEffect(() => {
    store.current = browserStore();
    const link = readCoupleLink(quiz, fp, location.hash);
    const saved = loadProgress(store.current, quiz, fp);
    const past = loadHistory(store.current, quiz.slug);
    update(session.loaded(saved, past, link));
    // A link pasted into this same tab only changes the fragment: start afresh from it.
    addEventListener('hashchange', () => {
      if (fragmentParam(location.hash, 'c') !== null) location.reload();
    });
    if (link.kind === 'returned') {
      const result = scoreQuiz(quiz, link.own);
      void loadPanel().then((ok) => ok && update(session.returned(link.own, result)));
    }
  }, []);

  // Unfinished answers survive a reload: saved whenever they or the question change.
  const { phase, answers, step } = state;
  useEffect(() => {
    if (phase === 'asking') saveProgress(store.current, quiz, fp, { answers, step });
  }, [phase, answers, step]);

  // Moves focus only after a reader's action, never on page load.
  useEffect(() => {
    focusRequest?.target.current?.focus();
  }, [focusRequest]);

  const goTo = (to: number) => {
    update(session.goTo(to));
    focusOn(fieldsetRef);
  };

  const begin = (from: Progress | null) => {
    void loadResultPanel().catch(() => (panelLoad = undefined));
    update(session.begin(from));
    focusOn(fieldsetRef);
  };

  const finish = async () => {
    const result = scoreQuiz(quiz, answers);
    if (!(await loadPanel())) return;
    const past = addHistory(store.current, quiz.slug, {
      at: new Date().toISOString(),
      overall: result.overall,
      band: result.band.id,
      scores: result.dimensions.map((d) => d.score),
    });
    clearProgress(store.current, quiz.slug);
    update(session.finished(result, past));
    focusOn(headingRef);
  };

  /** "Next" (the form's submit): asks for a missing answer, finishes, or moves on. */
  const next = (e: Event) => {
    e.preventDefault();
    if (answers[step] == null) {
      update(session.needAnswer);
      fieldsetRef.current?.focus();
    } else if (step === state.total - 1) void finish();
    else goTo(step + 1);
  };

  // The couple link leaves the address bar, so a reload does not bring it back.
  const clearAddress = () => history.replaceState(null, '', location.pathname + location.search);

  const clearAll = () => {
    clearEverything(store.current, quiz.slug);
    clearAddress();
    update(session.cleared);
    focusOn(startRef);
  };

  // Handlers and refs carry the names the panels take, so that the island passes them on as they are.
  return {
    state,
    ResultPanel,
    fieldsetRef,
    headingRef,
    startRef,
    onBegin: begin,
    onRetake: () => begin(null),
    onChoose: (value: number) => update(session.choose(value)),
    onNext: next,
    onBack: () => goTo(step - 1),
    onStartOver: () => {
      clearAddress();
      update(session.dropLink);
      focusOn(startRef);
    },
    onClear: clearAll,
  };
}

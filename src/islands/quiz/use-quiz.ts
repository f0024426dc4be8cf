import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { failedModuleAddress, retryAddress } from '../../lib/module-retry';
import { fragmentParam, readCoupleLink } from '../../lib/quiz/links';
import { scoreQuiz, type QuizResult } from '../../lib/quiz/scoring';
import * as session from '../../lib/quiz/session';
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
import type { QuizView } from '../../lib/quiz/view';

type Focusable = RefObject<HTMLElement>;
type Update = (s: session.QuizSession) => session.QuizSession;
export type Panel = typeof import('./ResultPanel').ResultPanel;

// The results view (chart, comparison, trend, share links) loads when the reader starts the
// quiz, not with the page: a reader who only looks at the questions never downloads it.
let panelLoad: Promise<Panel> | undefined;
// Where it failed to load, and how often it was asked for since: a failed module stays failed under
// its address, so a retry asks for it under a new one (../../lib/module-retry.ts).
let failed: { address: string; retries: number } | undefined;
type PanelModule = typeof import('./ResultPanel');
const importPanel = (): Promise<PanelModule> =>
  failed
    ? (import(
        /* @vite-ignore */ retryAddress(failed.address, ++failed.retries)
      ) as Promise<PanelModule>)
    : import('./ResultPanel');
const loadResultPanel = () =>
  (panelLoad ??= importPanel().then(
    (m) => m.ResultPanel,
    (error: unknown) => {
      panelLoad = undefined;
      const address = failedModuleAddress(error);
      if (address && !failed) failed = { address, retries: 0 };
      throw error;
    },
  ));

// The couple link leaves the address bar, so a reload does not bring it back.
const clearAddress = () => history.replaceState(null, '', location.pathname + location.search);

function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The elements focus moves to (the question, the result heading, the start button), and a way to
 * move it. Only after a reader's action, never on page load. A new object per request, so that
 * the effect runs once per request and only after the render that shows its target (a ref read by
 * an effect on every render could fire early, on the render before, and focus an element that is
 * about to be replaced).
 */
function useFocus() {
  const [request, setRequest] = useState<{ target: Focusable } | null>(null);
  useEffect(() => {
    const el = request?.target.current;
    if (!el) return;
    // A question brings its whole form into view (progress bar, question, Back and Next), so a
    // phone shows them on one screen; a result heading goes to the top of the screen.
    el.focus({ preventScroll: true });
    const form = el.closest('form');
    if (form) form.scrollIntoView({ block: 'nearest' });
    else el.scrollIntoView({ block: el.tagName === 'H2' ? 'start' : 'nearest' });
  }, [request]);
  return {
    focusOn: (target: Focusable) => setRequest({ target }),
    fieldsetRef: useRef<HTMLFieldSetElement>(null),
    headingRef: useRef<HTMLHeadingElement>(null),
    startRef: useRef<HTMLButtonElement>(null),
  };
}

/** The results view once fetched, and a loader that says so plainly when it cannot be fetched. */
function useResultPanel(update: (u: Update) => void, unavailable: string) {
  const [ResultPanel, setResultPanel] = useState<Panel | null>(null);
  const loadPanel = async () => {
    try {
      const Loaded = await loadResultPanel();
      setResultPanel(() => Loaded);
      return true;
    } catch {
      update(session.unavailable(unavailable));
      return false;
    }
  };
  return [ResultPanel, loadPanel] as const;
}

/**
 * What this device and the address bring to the quiz once hydrated: saved progress, past results
 * and a couple link; and, from then on, unfinished answers saved whenever they or the question change.
 */
function useDevice(
  quiz: QuizView,
  state: session.QuizSession,
  update: (u: Update) => void,
  loadPanel: () => Promise<boolean>,
) {
  const store = useRef<KeyValueStore | null>(null);
  const fp = quiz.fingerprint;
  useEffect(() => {
    store.current = browserStore();
    const link = readCoupleLink(quiz, fp, location.hash);
    const saved = loadProgress(store.current, quiz, fp);
    update(session.loaded(saved, loadHistory(store.current, quiz.slug), link));
    // A link pasted into this same tab only changes the fragment: start afresh from it.
    addEventListener('hashchange', () => {
      if (fragmentParam(location.hash, 'c') !== null) location.reload();
    });
    if (link.kind === 'returned') {
      const result = scoreQuiz(quiz, link.own);
      void loadPanel().then((ok) => ok && update(session.returned(link.own, result)));
    }
  }, []);
  const { phase, answers, step } = state;
  useEffect(() => {
    if (phase === 'asking') saveProgress(store.current, quiz, fp, { answers, step });
  }, [phase, answers, step]);
  return store;
}

/** Adds a finished result to this device's history and forgets the unfinished attempt. */
function keepResult(store: KeyValueStore | null, slug: string, result: QuizResult): PastResult[] {
  clearProgress(store, slug);
  return addHistory(store, slug, {
    at: new Date().toISOString(),
    overall: result.overall,
    band: result.band.id,
    scores: result.dimensions.map((d) => d.score),
  });
}

/**
 * The quiz island's state and what the reader can do with it. The state changes only through the
 * pure transitions of src/lib/quiz/session.ts; this hook adds what touches the browser: storage on
 * this device, the couple link in the address, focus after an action, and loading the results view.
 */
export function useQuiz(quiz: QuizView) {
  const [state, update] = useState(() => session.initialSession(quiz.questions.length));
  const [ResultPanel, loadPanel] = useResultPanel(update, quiz.copy.unavailable);
  const store = useDevice(quiz, state, update, loadPanel);
  const { focusOn, fieldsetRef, headingRef, startRef } = useFocus();
  const { answers, step } = state;

  /** Shows a question (the transition says which) and focuses it. */
  const ask = (to: Update) => {
    update(to);
    focusOn(fieldsetRef);
  };

  const begin = (from: Progress | null) => {
    void loadResultPanel().catch(() => undefined);
    ask(session.begin(from));
  };

  const finish = async () => {
    const result = scoreQuiz(quiz, answers);
    if (!(await loadPanel())) return;
    update(session.finished(result, keepResult(store.current, quiz.slug, result)));
    focusOn(headingRef);
  };

  /** "Next" (the form's submit): asks for a missing answer, finishes, or moves on. */
  const next = (e: Event) => {
    e.preventDefault();
    if (answers[step] == null) {
      update(session.needAnswer);
      fieldsetRef.current?.focus();
    } else if (step === state.total - 1) void finish();
    else ask(session.goTo(step + 1));
  };

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
    onBack: () => ask(session.goTo(step - 1)),
    onStartOver: () => {
      clearAddress();
      update(session.dropLink);
      focusOn(startRef);
    },
    onClear: clearAll,
  };
}

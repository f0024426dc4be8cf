import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type Errors = Record<string, string>;

export type SubmitState =
  | { phase: 'editing'; errors: Errors; message?: string }
  | { phase: 'sending'; errors: Errors }
  | { phase: 'sent'; ref: string; message: string };

export interface ServerAnswer {
  ok: boolean;
  message: string;
  ref?: string;
  errors?: Errors;
  /** The token was refused for good (expired, not verified): fetch another. */
  renewToken?: boolean;
}

const TOKEN_URL = '/api/submissions/token/';

/** Only for a request that never got an answer: the server was not reached at all. */
export const NETWORK_FAILURE =
  'We could not reach the server. Check your connection and send again.';

/**
 * The server's answer to a post. The routes always answer JSON with a message for the reader; an
 * answer without one (a proxy's error page, a crash before the route ran) still says plainly whose
 * side it failed on, with the request id the operator can find in the server log.
 */
export async function readAnswer(res: Response): Promise<ServerAnswer> {
  try {
    const answer = (await res.json()) as ServerAnswer;
    if (typeof answer.message === 'string' && answer.message) return answer;
  } catch {
    // not JSON: described below
  }
  if (res.status >= 500) {
    const reference = res.headers.get('x-request-id') ?? `error ${res.status}`;
    return {
      ok: false,
      message: `Something went wrong on our side (reference ${reference}). Nothing was saved; please try again in a few minutes.`,
    };
  }
  return {
    ok: false,
    message: `We could not send your post (the server answered ${res.status}). Please reload the page and try again.`,
  };
}

async function fetchToken(): Promise<string> {
  const res = await fetch(TOKEN_URL, {
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`token ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * Takes over a server-rendered form: fetches the time-trap token as soon as the form is on screen,
 * posts the fields with fetch, and keeps the reader's input and the server's per-field errors.
 */
export function useSubmission(endpoint: string) {
  const [state, setState] = useState<SubmitState>({ phase: 'editing', errors: {} });
  const [enhanced, setEnhanced] = useState(false);
  const token = useRef<Promise<string> | undefined>(undefined);

  useEffect(() => {
    setEnhanced(true);
    token.current = fetchToken().catch(() => '');
  }, []);

  const submit = useCallback(
    async (form: HTMLFormElement) => {
      setState((s) => ({ phase: 'sending', errors: s.phase === 'sent' ? {} : s.errors }));
      const body = new URLSearchParams();
      for (const [key, value] of new FormData(form))
        if (typeof value === 'string') body.append(key, value);
      body.set('token', (await token.current) ?? '');
      let res: Response | undefined;
      try {
        res = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body,
        });
      } catch {
        // fetch rejects only when no answer came back at all
      }
      const answer: ServerAnswer = res
        ? await readAnswer(res)
        : { ok: false, message: NETWORK_FAILURE };
      if (answer.ok && answer.ref) {
        setState({ phase: 'sent', ref: answer.ref, message: answer.message });
        return;
      }
      // A stale or refused token cannot work again: fetch a new one. Otherwise keep it, so that its
      // clock keeps running while the reader fixes a field.
      if (answer.renewToken) token.current = fetchToken().catch(() => '');
      setState({ phase: 'editing', errors: answer.errors ?? {}, message: answer.message });
    },
    [endpoint],
  );

  const form = useRef<HTMLFormElement>(null);
  const errors: Errors = state.phase === 'sent' ? {} : state.errors;
  const message = state.phase === 'editing' ? state.message : undefined;

  // After a refused post, the reader lands on what to fix.
  useEffect(() => {
    if (state.phase === 'editing' && message) focusFirstError(form.current, errors);
  }, [state]);

  return { state, enhanced, submit, form, errors, message };
}

/** Moves focus to the first field with an error, or to the form-level message. */
function focusFirstError(form: HTMLFormElement | null, errors: Errors): void {
  if (!form) return;
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) invalid.focus();
  else if (Object.keys(errors).length > 0 || form.querySelector('[data-form-error]')) {
    form.querySelector<HTMLElement>('[data-form-error]')?.focus();
  }
}

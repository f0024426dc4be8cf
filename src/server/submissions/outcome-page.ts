import type { Outcome } from './outcome.ts';
import type { SubmissionKind } from './store.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const LABELS: Record<string, string> = {
  article: 'Article',
  kind: 'Kind of tip',
  text: 'Your tip',
  videoUrl: 'Video link',
  question: 'Your question',
  context: 'Context',
  name: 'Name',
  email: 'Email',
  consent: 'Consent',
  form: 'Form',
};

/**
 * A minimal page for readers without JavaScript whose post was refused: what went wrong, field by
 * field, and the way back. Everything shown is escaped; no script, no inline style.
 */
export function outcomePage(outcome: Outcome, kind: SubmissionKind): string {
  const items = Object.entries(outcome.errors ?? {})
    .map(
      ([field, problem]) =>
        `<li>${escapeHtml(LABELS[field] ?? field)}: ${escapeHtml(problem)}</li>`,
    )
    .join('');
  const what = kind === 'tip' ? 'tip' : 'question';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Your ${what} was not sent · Closer</title></head>
<body><main><h1>Your ${what} was not sent</h1><p>${escapeHtml(outcome.message)}</p>${items ? `<ul>${items}</ul>` : ''}
<p>Use your browser's back button to return to the form: what you wrote is still there.</p>
<p><a href="/">Back to Closer</a></p></main></body></html>`;
}

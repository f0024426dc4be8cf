import type { Outcome } from './outcome.ts';
import type { SubmissionKind } from './store.ts';

import { escapeHtml } from '../../lib/html.ts';

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

const FIELD_ORDER = ['kind', 'text', 'videoUrl', 'question', 'context', 'name', 'email'];

/**
 * "Check and send" page for readers without JavaScript: what they wrote, and a form that sends it
 * again with a fresh time-trap token. Values travel in hidden fields, escaped.
 */
export function confirmPage(
  confirm: { fields: Record<string, string>; token: string },
  kind: SubmissionKind,
): string {
  const what = kind === 'tip' ? 'tip' : 'question';
  const shown = FIELD_ORDER.flatMap((f) => {
    const value = confirm.fields[f];
    return value ? [`<dt>${escapeHtml(LABELS[f] ?? f)}</dt><dd>${escapeHtml(value)}</dd>`] : [];
  }).join('');
  const hidden = Object.entries({ ...confirm.fields, token: confirm.token })
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Check and send your ${what} · Closer</title></head>
<body><main><h1>Check and send your ${what}</h1><p>Please check what you wrote, then send it.</p>
<dl>${shown}</dl><form method="post" action="/api/submissions/${kind}/">${hidden}<button type="submit">Send my ${what}</button></form>
<p>To change something, use your browser's back button.</p></main></body></html>`;
}

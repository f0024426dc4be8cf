// Puts the tip form in the "Share a tip or ask us" disclosure when the reader opens it. The
// article's HTML holds only a link to /tip/ (the same form, working without JavaScript), so the
// form's markup does not weigh on every article's first round trip; Preact and the form code are
// fetched only on opening. A hand-made loader rather than an Astro island on purpose: an island
// inlines Astro's hydration runtime (about 1.9 KB gzip) into every article's first round trip.
import type { FunctionComponent } from 'preact';

const forms: Record<string, () => Promise<{ default: FunctionComponent<never> }>> = {
  tip: () => import('./TipForm'),
};

async function renderForm(root: HTMLElement): Promise<void> {
  const load = forms[root.dataset['form'] ?? ''];
  if (!load || root.dataset['rendered']) return;
  root.dataset['rendered'] = 'true';
  const props = { article: root.dataset['article'] ?? '' };
  const [preact, { default: Form }] = await Promise.all([import('preact'), load()]);
  // The link stays until the form is ready to take its place.
  root.replaceChildren();
  preact.render(preact.h(Form, props as never), root);
}

/** Renders each `[data-form]` inside `details` when it opens (at once if it is open already). */
export function formWhenOpen(details: HTMLDetailsElement): void {
  const start = () => {
    if (!details.open) return;
    for (const root of details.querySelectorAll<HTMLElement>('[data-form]')) void renderForm(root);
  };
  details.addEventListener('toggle', start);
  start();
}

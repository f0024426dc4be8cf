// Brings the tip form to life when the reader opens the disclosure that holds it. It is
// server-rendered as a plain form (it posts without JavaScript); Preact and the form code are
// fetched only on opening. A hand-made loader rather than an Astro island on purpose: an island
// inlines Astro's hydration runtime (about 1.9 KB gzip) into every article's first round trip.
import type { FunctionComponent } from 'preact';

interface Loader {
  load: () => Promise<{ default: FunctionComponent<never> }>;
  /** The island's props, read back from the server-rendered form. */
  props: (form: HTMLFormElement) => Record<string, unknown>;
}

const forms: Record<string, Loader> = {
  tip: {
    load: () => import('./TipForm'),
    props: (form) => {
      const article = form.elements.namedItem('article');
      return { article: article instanceof HTMLInputElement ? article.value : '' };
    },
  },
};

async function hydrateForm(root: HTMLElement): Promise<void> {
  const loader = forms[root.dataset['form'] ?? ''];
  const form = root.querySelector('form');
  if (!loader || !form || root.dataset['hydrated']) return;
  root.dataset['hydrated'] = 'true';
  const props = loader.props(form);
  const [{ h, hydrate }, { default: Form }] = await Promise.all([import('preact'), loader.load()]);
  hydrate(h(Form, props as never), root);
}

/** Hydrates each `[data-form]` inside `details` when it opens (at once if it is open already). */
export function hydrateWhenOpen(details: HTMLDetailsElement): void {
  const start = () => {
    if (!details.open) return;
    for (const root of details.querySelectorAll<HTMLElement>('[data-form]')) void hydrateForm(root);
  };
  details.addEventListener('toggle', start);
  start();
}

import { attachSearch } from './search-controller';
import { warmUpPagefind } from './pagefind-client';
import { PAGES, searchPath } from '../../lib/paths/pages';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function build(): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `
    <div class="search-panel">
      <div class="search-dialog-head">
        <h2 id="search-dialog-title">Search</h2>
        <button type="button" class="search-close">Close<span class="visually-hidden"> search</span></button>
      </div>
      <form role="search" action="${PAGES.search}" method="get">
        <label for="search-dialog-q">Search articles, FAQ answers and quizzes</label>
        <input id="search-dialog-q" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" />
      </form>
      <p class="search-status" role="status"></p>
      <div class="search-region"></div>
      <p class="search-all"><a href="${PAGES.search}">Open the search page, with filters by type and topic</a></p>
    </div>`;
  document.body.append(d);

  const part = (selector: string) => {
    const found = d.querySelector(selector);
    if (!found) throw new Error(`search dialog: ${selector} is missing from its markup`);
    return found;
  };
  const input = part('input') as HTMLInputElement;
  const all = part('.search-all a') as HTMLAnchorElement;
  const search = attachSearch(
    {
      root: d,
      form: part('form') as HTMLFormElement,
      input,
      status: part('.search-status') as HTMLElement,
      results: part('.search-region') as HTMLElement,
    },
    { syncUrl: false, pageSize: 8 },
  );
  input.addEventListener('input', () => {
    const q = input.value.trim();
    all.href = searchPath(q);
  });
  d.querySelector('.search-close')?.addEventListener('click', () => d.close());
  // Before the reader types, the dialog suggests topics and a quiz.
  void search.run();
  // A click on the backdrop (the dialog box itself, outside the panel) closes it.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  // A search field swallows the first Escape to clear itself; readers expect Escape to close.
  d.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    d.close();
  });
  // However the dialog closes, focus goes back where the reader was.
  d.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  return d;
}

let styles: Promise<void> | undefined;

/** The dialog's styles arrive with it, not with every page: the header only carries the button. */
function loadStyles(href: string): Promise<void> {
  if (!href) return Promise.resolve();
  styles ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // An unstyled dialog still works, so a failed load does not block it.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return styles;
}

/** Opens the search dialog; `from` gets focus back when it closes; `cssHref` is its stylesheet. */
export async function openSearchDialog(from: HTMLElement | null, cssHref: string): Promise<void> {
  await loadStyles(cssHref);
  dialog ??= build();
  if (dialog.open) return;
  opener = from;
  dialog.showModal();
  warmUpPagefind();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}

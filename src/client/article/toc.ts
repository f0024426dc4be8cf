// The table of contents (Toc.astro) is folded on phones and stands open in the rail from 64rem.
// The CSS shows it there without this script; the script sets `open` so that its state is
// announced right, and takes the summary out of the tab order where it cannot fold anything.

export function followScreenWidth(toc: HTMLDetailsElement): void {
  const wide = matchMedia('(width >= 64rem)');
  const summary = toc.querySelector('summary');
  const follow = () => {
    toc.open = wide.matches;
    if (summary) summary.tabIndex = wide.matches ? -1 : 0;
  };
  follow();
  wide.addEventListener('change', follow);
}

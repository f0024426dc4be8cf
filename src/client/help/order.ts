/**
 * Puts the help lines of the reader's country first and folds the rest under "Other countries".
 * Without it (no JavaScript, or a country we list no lines for) the block stays as the server
 * wrote it: the international directory first, every country folded.
 *
 * It runs as the help block's inline script, which is built from this function's source (see
 * src/components/help/order-script.ts), so it must use nothing from outside its own body.
 */
export function orderHelpLines(root: Element | null, region: string | null): void {
  if (!root || !region) return;
  const first = root.querySelector('[data-help-first]');
  const more = root.querySelector('[data-help-more]');
  const mine = more?.querySelector(`[data-help-countries~="${region}"]`);
  if (!first || !more || !mine) return;
  // What was first (the directory) goes to the end of the folded list; the reader's country leads.
  more.append(...Array.from(first.children));
  first.append(mine);
  const summary = more.querySelector('summary');
  const matched = summary?.getAttribute('data-matched');
  if (summary && matched) summary.textContent = matched;
}

import { escapeHtml } from './html';

/**
 * The small local page shown in a video iframe before the reader presses play. Following its
 * link navigates the iframe itself to the player, so the host is contacted only then.
 */
export function videoFacadeDocument({
  playUrl,
  label,
  stylesheet,
}: {
  playUrl: string;
  label: string;
  /** Same-origin stylesheet URL; a srcdoc document resolves it against the page's own URL. */
  stylesheet: string;
}): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(label)}</title>` +
    `<link rel="stylesheet" href="${escapeHtml(stylesheet)}"></head><body><a href="${escapeHtml(playUrl)}">` +
    `<span aria-hidden="true">&#9654;</span>Play video: ${escapeHtml(label)}</a></body></html>`
  );
}

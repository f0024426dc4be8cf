import { escapeHtml } from './html';

/**
 * The small local page shown in a video iframe before the reader presses play. Following its
 * link navigates the iframe itself to the player, so the host is contacted only then.
 */
export function videoFacadeDocument({
  playUrl,
  label,
  stylesheet,
  poster,
}: {
  playUrl: string;
  label: string;
  /** Same-origin stylesheet URL; a srcdoc document resolves it against the page's own URL. */
  stylesheet: string;
  /** Same-origin picture behind the play button (drawn here: the host is not asked for one). */
  poster?: string | undefined;
}): string {
  const picture = poster ? `<img src="${escapeHtml(poster)}" alt="">` : '';
  // As short as HTML allows (head and body are implied; a srcdoc document is never in quirks mode
  // and has no bytes to decode): it sits in an attribute of every article that has a video. The
  // iframe's own title names the player.
  return (
    `<html lang="en"><link rel="stylesheet" href="${escapeHtml(stylesheet)}">${picture}` +
    `<a href="${escapeHtml(playUrl)}"><span aria-hidden="true">&#9654;</span>Play video: ${escapeHtml(label)}</a>`
  );
}

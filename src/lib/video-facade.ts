import { videoFacadeStyle } from '../config/video-facade-style.mjs';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The small local page shown in a video iframe before the reader presses play. Following its
 * link navigates the iframe itself to the player, so the host is contacted only then.
 */
export function videoFacadeDocument({
  playUrl,
  label,
}: {
  playUrl: string;
  label: string;
}): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(label)}</title>` +
    `<style>${videoFacadeStyle}</style></head><body><a href="${escapeHtml(playUrl)}">` +
    `<span aria-hidden="true">&#9654;</span>Play video: ${escapeHtml(label)}</a></body></html>`
  );
}

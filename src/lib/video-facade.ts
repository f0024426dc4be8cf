const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The facade's stylesheet. Exported so the page can allow it by hash: a srcdoc frame inherits the
 * page's Content Security Policy.
 */
export const videoFacadeStyle =
  'html,body{height:100%;margin:0}' +
  'body{display:grid;place-items:center;font:600 1.1rem/1.4 system-ui,sans-serif;background:#2a2521;color:#fff}' +
  'a{display:flex;flex-direction:column;align-items:center;gap:.75rem;color:#fff;text-align:center;padding:1rem}' +
  'a:focus-visible{outline:3px solid #8ab8ff;outline-offset:4px}' +
  'span{display:grid;place-items:center;width:4.5rem;height:4.5rem;border-radius:50%;background:#9c3d2e;font-size:2rem}';

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

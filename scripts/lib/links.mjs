// Finds internal links and anchors in built HTML that lead nowhere.

const attr = /\s(?:href|src)="([^"]*)"/g;
const idAttr = /\sid="([^"]+)"/g;

/** Maps a URL path to the built file that serves it. */
function fileFor(path, assets) {
  if (assets.has(path)) return path;
  const index = `${path.endsWith('/') ? path : `${path}/`}index.html`;
  return assets.has(index) ? index : undefined;
}

function idsOf(html) {
  return new Set([...html.matchAll(idAttr)].map((m) => m[1]));
}

/**
 * @param {Map<string, string>} pages built HTML by path ("/advice/x/index.html")
 * @param {Set<string>} assets every built file path
 * @param {Set<string>} dynamic paths served on demand, not as files
 * @returns {string[]} one message per broken link
 */
export function brokenLinks(pages, assets, dynamic = new Set()) {
  const problems = [];
  const ids = new Map();
  const idsFor = (file) => {
    if (!ids.has(file)) ids.set(file, idsOf(pages.get(file) ?? ''));
    return ids.get(file);
  };
  for (const [file, html] of pages) {
    // Links inside an iframe's srcdoc are escaped and belong to that document; skip them.
    const visible = html.replace(/\ssrcdoc="[^"]*"/g, '');
    for (const [, raw] of visible.matchAll(attr)) {
      const value = raw.replaceAll('&amp;', '&');
      if (!value || /^(?:[a-z]+:|\/\/)/i.test(value)) continue;
      const [pathAndQuery, fragment] = value.split('#');
      const path = (pathAndQuery ?? '').split('?')[0] ?? '';
      const target =
        path === '' ? file : path.startsWith('/') ? fileFor(decodeURI(path), assets) : undefined;
      if (path !== '' && !path.startsWith('/')) {
        problems.push(`${file}: relative link "${value}" (use a root-relative path)`);
        continue;
      }
      if (!target) {
        if (!dynamic.has(path)) problems.push(`${file}: link to missing page "${value}"`);
        continue;
      }
      if (
        fragment &&
        target.endsWith('.html') &&
        !idsFor(target).has(decodeURIComponent(fragment))
      ) {
        problems.push(`${file}: link to missing anchor "${value}"`);
      }
    }
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/links.mjs';

const page = (body: string) => `<html><body>${body}</body></html>`;

describe('internal link check', () => {
  const pages = new Map([
    [
      '/index.html',
      page(
        '<a href="/advice/x/">x</a><a href="/advice/x/#faq-a">a</a><a href="#top" id="top">t</a>',
      ),
    ],
    ['/advice/x/index.html', page('<div id="faq-a"></div><img src="/og/x.png" alt="">')],
  ]);
  const assets = new Set([...pages.keys(), '/og/x.png']);

  it('accepts links to pages, assets and existing anchors', () => {
    expect(brokenLinks(pages, assets)).toEqual([]);
  });

  it('reports missing pages, missing anchors and relative links', () => {
    const bad = new Map([
      [
        '/index.html',
        page(
          '<a href="/nowhere/">n</a><a href="/advice/x/#faq-b">b</a><a href="advice/x/">r</a><a href="#gone">g</a>',
        ),
      ],
      ...[...pages].filter(([k]) => k !== '/index.html'),
    ]);
    expect(brokenLinks(bad, assets)).toEqual([
      '/index.html: link to missing page "/nowhere/"',
      '/index.html: link to missing anchor "/advice/x/#faq-b"',
      '/index.html: relative link "advice/x/" (use a root-relative path)',
      '/index.html: link to missing anchor "#gone"',
    ]);
  });

  it('ignores external links and links inside an iframe srcdoc, and knows on-demand routes', () => {
    const p = new Map([
      [
        '/index.html',
        page(
          '<a href="https://example.org/">e</a><iframe srcdoc="<a href=&quot;/x&quot;>"></iframe><a href="/api/tip/">t</a>',
        ),
      ],
    ]);
    expect(brokenLinks(p, new Set(p.keys()), new Set(['/api/tip/']))).toEqual([]);
  });
});

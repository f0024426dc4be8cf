export interface ShareTarget {
  /** Network or channel name, used as the link text. */
  name: string;
  href: string;
}

/** Share URLs for a page. Plain links: no third-party script is loaded. */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    {
      name: 'Pinterest',
      href: `https://pinterest.com/pin/create/button/?url=${u}&description=${t}`,
    },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
  ];
}

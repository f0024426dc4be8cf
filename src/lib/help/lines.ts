/**
 * Choosing and wording help lines for display. The data is `content/help/<region>.yaml`
 * (schema: src/schemas/help.ts); these functions only pick and phrase, so they are tested alone.
 */

/** The parts of a contact this module reads. */
export interface ContactLike {
  kind: 'phone' | 'text' | 'chat' | 'web' | 'email';
  label: string;
}

/** The parts of a help line this module reads. */
export interface ResourceLike {
  topics: readonly string[];
}

/** The parts of a region this module reads. */
export interface RegionLike<R extends ResourceLike = ResourceLike> {
  region: string;
  countries: readonly string[];
  emergency?: { numbers: readonly string[] } | undefined;
  resources: readonly R[];
}

/**
 * The country part of a language tag (`en-GB` → `GB`), or null when the tag names none (`en`,
 * `es-419`). Kept free of outside names: the help block's inline script is built from its source.
 */
export function regionFromLanguage(tag: unknown): string | null {
  const match = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(String(tag));
  return match?.[1] ? match[1].toUpperCase() : null;
}

/**
 * The short list a page shows where space is tight: the region's first abuse line and its first
 * crisis line (one line when it does both), in the order the editors gave.
 */
export function compactResources<R extends ResourceLike>(resources: readonly R[]): R[] {
  const picked = new Set<R>();
  for (const topic of ['abuse', 'crisis']) {
    const first = resources.find((r) => r.topics.includes(topic));
    if (first) picked.add(first);
  }
  return resources.filter((r) => picked.has(r));
}

/** A phone number that never breaks across lines: non-breaking spaces and hyphens. */
const unbroken = (text: string) => text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

/**
 * What a contact link says: "Call 0808 2000 247" (kept on one line), "Text SHOUT to 85258",
 * "Chat: qlife.org.au".
 */
export function contactText(contact: ContactLike): string {
  const { kind, label } = contact;
  if (kind === 'phone') return unbroken(`Call ${label}`);
  if (kind === 'text') return /^text\b/i.test(label) ? label : `Text ${label}`;
  if (kind === 'chat') return `Chat: ${label}`;
  if (kind === 'email') return `Email ${label}`;
  return label;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) ?? ''}`;
}

/**
 * The emergency numbers of every country region in one sentence part, regions with the same
 * numbers grouped: "999 in the United Kingdom, 911 in the United States and Canada, …".
 */
export function emergencyNumbers(regions: readonly RegionLike[]): string {
  const groups = new Map<string, string[]>();
  for (const r of regions) {
    if (!r.emergency || r.countries.length === 0) continue;
    const key = listInWords(r.emergency.numbers, 'or');
    groups.set(key, [...(groups.get(key) ?? []), withArticle(r.region)]);
  }
  return listInWords([...groups].map(([numbers, names]) => `${numbers} in ${listInWords(names)}`));
}

/** Country names that read with "the" in a sentence ("in the United Kingdom"). */
function withArticle(name: string): string {
  return /^(United|Netherlands|Philippines)\b/.test(name) ? `the ${name}` : name;
}

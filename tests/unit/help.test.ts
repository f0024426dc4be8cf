import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { helpRegionSchema, type HelpRegion } from '../../src/schemas/help';

// js-yaml is what Astro's own loader reads YAML with; it ships without types, hence require.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const dir = 'content/help';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const regions = files.map((file) => {
  const parsed = helpRegionSchema.safeParse(yaml.load(readFileSync(`${dir}/${file}`, 'utf8')));
  return { file, parsed };
});
const loaded = (): HelpRegion[] =>
  regions.flatMap(({ parsed }) => (parsed.success ? [parsed.data] : []));
const contacts = () =>
  loaded().flatMap((r) => r.resources.flatMap((res) => res.contacts.map((c) => ({ r, res, c }))));
const digits = (s: string) => s.replace(/\D/g, '');

describe('content/help', () => {
  it('has one file per region: US, UK, Canada, Australia, Ireland and an international directory', () => {
    expect(files.sort()).toEqual([
      'australia.yaml',
      'canada.yaml',
      'international.yaml',
      'ireland.yaml',
      'uk.yaml',
      'us.yaml',
    ]);
  });

  it.each(files)('%s passes the schema', (file) => {
    const { parsed } = regions.find((r) => r.file === file) ?? {};
    const issues = parsed?.success
      ? []
      : (parsed?.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? ['not read']);
    expect(issues).toEqual([]);
  });

  it('gives every region at least one abuse line and one crisis line', () => {
    for (const r of loaded()) {
      const topics = r.resources.flatMap((res) => res.topics);
      expect(topics, r.region).toContain('abuse');
      expect(topics, r.region).toContain('crisis');
    }
  });

  it('claims each country once, and has exactly one directory for everywhere else', () => {
    const countries = loaded().flatMap((r) => r.countries);
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries.sort()).toEqual(['AU', 'CA', 'GB', 'IE', 'US']);
    expect(loaded().filter((r) => r.countries.length === 0)).toHaveLength(1);
  });

  it('orders regions without ties', () => {
    const orders = loaded().map((r) => r.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('links phones in E.164 form, or as digits for numbers that only work at home', () => {
    for (const { c } of contacts().filter(({ c }) => c.kind === 'phone')) {
      expect(c.href).toMatch(/^tel:(\+[1-9]\d{7,14}|\d{3,11})$/);
    }
  });

  it('links every page, chat and source over https', () => {
    for (const { res, c } of contacts()) {
      if (c.kind === 'web' || c.kind === 'chat') expect(c.href).toMatch(/^https:\/\//);
      for (const url of [res.source, ...res.alsoChecked]) expect(url).toMatch(/^https:\/\//);
    }
    for (const r of loaded()) if (r.emergency) expect(r.emergency.source).toMatch(/^https:\/\//);
  });

  it('dials the number the label shows (a typo in one of the two fails here)', () => {
    for (const { res, c } of contacts().filter(
      ({ c }) => c.kind === 'phone' || c.kind === 'text',
    )) {
      // "0808 2000 247" is dialled as +44 808 2000 247: the trunk 0 drops, the rest must match.
      const shown = digits(c.label).replace(/^0/, '');
      expect(shown.length, `${res.name}: ${c.label}`).toBeGreaterThanOrEqual(3);
      expect(digits(c.href).endsWith(shown), `${res.name}: ${c.label} → ${c.href}`).toBe(true);
    }
  });

  it('gives every country an emergency number', () => {
    for (const r of loaded().filter((x) => x.countries.length > 0)) {
      expect(r.emergency?.numbers.length, r.region).toBeGreaterThan(0);
    }
  });
});

describe('help region schema', () => {
  const line = {
    name: 'A line',
    for: 'Who it is for.',
    topics: ['abuse', 'crisis'],
    contacts: [{ kind: 'phone', label: '0808 000 0000', href: 'tel:+448080000000' }],
    source: 'https://example.org/help',
    checked: '2026-11-26',
  };
  const region = {
    region: 'Somewhere',
    countries: ['GB'],
    order: 1,
    emergency: { numbers: ['999'], source: 'https://example.org/999' },
    resources: [line],
  };
  const issues = (data: unknown) => {
    const r = helpRegionSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a complete region and defaults the source kind to the organisation itself', () => {
    const r = helpRegionSchema.parse(region);
    expect(r.resources[0]?.sourceKind).toBe('own');
    expect(r.resources[0]?.checked.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });

  it('refuses a phone link that is not a number, and a page that is not https', () => {
    const bad = {
      ...region,
      resources: [
        {
          ...line,
          contacts: [
            { kind: 'phone', label: '0808 000 0000', href: 'tel:0808 000 0000' },
            { kind: 'web', label: 'example.org', href: 'http://example.org/' },
          ],
        },
      ],
    };
    expect(issues(bad)).toEqual([
      'resources.0.contacts.0.href: must be tel:+<country code><number>, or tel:<digits> for a phone contact',
      'resources.0.contacts.1.href: must be an https:// URL for a web contact',
    ]);
  });

  it('refuses a region without a crisis line, and a country without an emergency number', () => {
    const bad = {
      ...region,
      emergency: undefined,
      resources: [{ ...line, topics: ['abuse'] }],
    };
    expect(issues(bad)).toEqual([
      'resources: needs at least one crisis line',
      'emergency: is required for a country region',
    ]);
  });

  it('refuses a lower-case or three-letter country code and an unknown topic', () => {
    expect(issues({ ...region, countries: ['gb', 'GBR'] })).toHaveLength(2);
    expect(
      issues({ ...region, resources: [{ ...line, topics: ['abuse', 'crisis', 'money'] }] }),
    ).toHaveLength(1);
  });
});

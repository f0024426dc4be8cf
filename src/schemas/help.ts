import { z } from 'astro/zod';
import { calendarDate, httpsUrl, text } from './fields';

/** What a line helps with; a region needs at least one `abuse` and one `crisis` line. */
export const helpTopics = [
  'abuse',
  'crisis',
  'relationship',
  'sexual-violence',
  'men',
  'lgbtq',
] as const;

/**
 * A phone link: `tel:+<country code><number>` (E.164), or the digits alone for numbers that only
 * work inside their country (short codes such as 988 or 116 123, and 1800/1300 numbers).
 */
const telHref = /^tel:(\+[1-9]\d{7,14}|\d{3,11})$/;
/** A text-message link: `sms:` and the number or short code, e.g. `sms:85258`. */
const smsHref = /^sms:\+?\d{3,15}$/;

const hrefRules = {
  phone: { pattern: telHref, message: 'must be tel:+<country code><number>, or tel:<digits>' },
  text: { pattern: smsHref, message: 'must be sms:<number or short code>' },
  chat: { pattern: /^https:\/\//, message: 'must be an https:// URL' },
  web: { pattern: /^https:\/\//, message: 'must be an https:// URL' },
  email: { pattern: /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/, message: 'must be mailto:<address>' },
} as const;

/** One way to reach a line. */
const contactSchema = z
  .object({
    /** How the reader gets in touch; decides which kind of link `href` must be. */
    kind: z.enum(['phone', 'text', 'chat', 'web', 'email']),
    /** What the reader sees, written as the organisation writes it, e.g. "0808 2000 247" or "Text SHOUT to 85258". */
    label: text(80),
    /** The link: tel:, sms:, https:// or mailto:, matching `kind`. */
    href: z.string().trim(),
  })
  .superRefine((c, ctx) => {
    const rule = hrefRules[c.kind];
    if (!rule.pattern.test(c.href)) {
      ctx.addIssue({
        code: 'custom',
        path: ['href'],
        message: `${rule.message} for a ${c.kind} contact`,
      });
    }
  });

/** One help line or service. Every number and address is copied from the page in `source`. */
const resourceSchema = z.object({
  /** The name the organisation gives the line, e.g. "National Domestic Abuse Helpline". */
  name: text(100),
  /** Who runs it, when that is not obvious from the name, e.g. "Refuge". */
  operator: text(100).optional(),
  /** One or two plain sentences: who it is for, what it offers, when it is open (only what the source says). */
  for: text(300),
  /** What the line helps with; used to pick lines for a page and to check a region's coverage. */
  topics: z.array(z.enum(helpTopics)).min(1, 'needs at least one topic'),
  /** Ways to reach it, most direct first. */
  contacts: z.array(contactSchema).min(1, 'needs at least one contact'),
  /** The page where the numbers and addresses above were read. */
  source: httpsUrl,
  /**
   * Whose page `source` is. `own`: the organisation's own site. `network`: a member of the service's
   * own network (a local Lifeline or 988 centre). `official`: a government page of the body that funds
   * or commissions the service, used only where the organisation's own page could not be read.
   */
  sourceKind: z.enum(['own', 'network', 'official']).default('own'),
  /** Further pages of the organisation that confirm a detail of `for` (opening hours, who it serves). */
  alsoChecked: z.array(httpsUrl).default([]),
  /** When an editor last compared every number and address with `source` (YYYY-MM-DD). */
  checked: calendarDate,
});

/** The number to call in an emergency, with the page that confirms it. */
const emergencySchema = z.object({
  /** Emergency numbers as dialled, most familiar first, e.g. ["999", "112"]. */
  numbers: z.array(z.string().regex(/^\d{3}$/, 'must be a three-digit emergency number')).min(1),
  /** The official or service page that gives the number. */
  source: httpsUrl,
  /** A caveat the reader needs, e.g. where the number does not work. */
  note: text(200).optional(),
});

/**
 * Help lines for one country or group of countries (`content/help/<region>.yaml`). Pages show the
 * reader's likely region first, matched from the region part of `navigator.language` (en-GB → GB).
 */
export const helpRegionSchema = z
  .object({
    /** Name shown as the heading, e.g. "United Kingdom". */
    region: text(60),
    /** ISO 3166-1 alpha-2 codes this region serves; empty for the international directory. */
    countries: z.array(
      z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 code like "GB"'),
    ),
    /** Position in the list of other countries, lowest first. */
    order: z.number().int(),
    /** The emergency number(s); absent only for the international directory. */
    emergency: emergencySchema.optional(),
    /** The lines, in the order a reader should see them. */
    resources: z.array(resourceSchema).min(1, 'needs at least one resource'),
  })
  .superRefine((r, ctx) => {
    for (const topic of ['abuse', 'crisis'] as const) {
      if (!r.resources.some((res) => res.topics.includes(topic))) {
        ctx.addIssue({
          code: 'custom',
          path: ['resources'],
          message: `needs at least one ${topic} line`,
        });
      }
    }
    if (r.countries.length > 0 && !r.emergency) {
      ctx.addIssue({
        code: 'custom',
        path: ['emergency'],
        message: 'is required for a country region',
      });
    }
  });

export type HelpRegion = z.infer<typeof helpRegionSchema>;
export type HelpResource = HelpRegion['resources'][number];

import { describe, expect, it } from 'vitest';
import { find } from '../../src/lib/search/find';
import { RESULT_TYPE } from '../../src/lib/search/records';
import { isSafetyQuery } from '../../src/lib/search/safety';
import { EMPTY_CONFIG } from '../../src/lib/search/search-config';
import { fakePagefind, type FakePage } from './search-fake-pagefind';

describe('isSafetyQuery', () => {
  it.each([
    'how do I know if my husband is being controlling or just protective',
    'my boyfriend checks my phone and tells me who I can see',
    "she won't let me see my friends anymore",
    'worried my sisters husband controls her',
    'he takes my salary and gives me pocket money',
    'is this emotional abuse',
    'I feel like I walk on eggshells around him',
    "I'm scared of my husband",
    'what is coercive control',
    'is it abuse if he takes my bank card',
    'he keeps my debit card so I have to ask for cash',
    'is that financial abuse',
    'is my boyfriend gaslighting me',
    'love bombing then silent treatment',
    'my husband is a narcissist',
    'she is so manipulative',
    'he puts me down in front of friends',
    'he threatens me if I go out',
    'my partner slapped me last night',
  ])('reads "%s" as about control or abuse', (q) => {
    expect(isSafetyQuery(q)).toBe(true);
  });

  it.each([
    'birth control and our sex life',
    'how do I control my temper in an argument',
    'he checks in with me every day',
    'my partner tells me what he did today',
    'we keep our money separate',
    'feeling distant from my wife',
    'drug abuse and recovery as a couple',
    'he puts me first',
    'how do I stop being manipulated by my own anxiety',
  ])('leaves "%s" to the ranking', (q) => {
    expect(isSafetyQuery(q)).toBe(false);
  });
});

describe('a question about control or abuse', () => {
  // Shares "protective" with the promises article; the safety article holds none of its words.
  const promises: FakePage = {
    url: '/advice/promises/',
    title: 'Keeping promises',
    text: 'Keeping promises a quick repair is protective of trust',
  };
  const safety: FakePage = {
    url: '/advice/controlling-behaviour/',
    title: 'When love turns into control',
    text: 'When love turns into control signs of coercion and where to get help',
    topic: 'Safety',
  };
  const help: FakePage = {
    url: '/help/',
    title: 'If you need help now',
    text: 'If you need help now help lines',
    type: RESULT_TYPE.help,
    topic: '',
  };
  const config = { ...EMPTY_CONFIG, records: 3, safetyTopics: ['Safety'] };

  it('puts the safety topic first, even when the question never matched it', async () => {
    const { pf } = fakePagefind([promises, safety, help]);
    const found = await find(pf, { q: 'is he controlling or just protective' }, config, 5);
    expect(found.blocks.map((b) => b.lead.url)).toEqual([
      '/advice/controlling-behaviour/',
      '/advice/promises/',
    ]);
  });

  it('puts a large safety topic first by what matched, adding none or only a few', async () => {
    const more = [1, 2, 3, 4].map((n) => ({
      ...safety,
      url: `/advice/safety-${String(n)}/`,
      text: n === 4 ? 'What a protective partner does and does not do' : 'Other safety words',
    }));
    const { pf } = fakePagefind([promises, safety, ...more, help]);
    const found = await find(pf, { q: 'is he controlling or just protective' }, config, 8);
    // One safety page matched ("protective"): it leads, and no unmatched one is added.
    expect(found.blocks.map((b) => b.lead.url)).toEqual(['/advice/safety-4/', '/advice/promises/']);

    const none = fakePagefind([promises, safety, ...more.slice(0, 3)]);
    const added = await find(none.pf, { q: 'is he controlling' }, config, 8);
    expect(added.blocks).toHaveLength(2);
    expect(added.blocks.every((b) => b.topic === 'Safety')).toBe(true);
  });

  it('keeps the help lines ahead when the question matched them', async () => {
    const { pf } = fakePagefind([promises, safety, help]);
    const found = await find(pf, { q: 'scared of my partner, who can help' }, config, 5);
    expect(found.blocks.map((b) => b.lead.url)).toEqual([
      '/help/',
      '/advice/controlling-behaviour/',
    ]);
  });

  it('leaves a search the reader filtered or sorted, and any other question, as ranked', async () => {
    const plain = fakePagefind([promises, safety, help]);
    const other = await find(plain.pf, { q: 'protective of trust' }, config, 5);
    expect(other.blocks.map((b) => b.lead.url)).toEqual(['/advice/promises/']);
    expect(plain.calls.some((c) => c.term === null)).toBe(false);

    const filtered = await find(
      fakePagefind([promises, safety, help]).pf,
      { q: 'is he controlling or just protective', filters: { topic: 'Trust' } },
      config,
      5,
    );
    expect(filtered.blocks.map((b) => b.lead.url)).toEqual(['/advice/promises/']);
  });

  it('puts the safety topic after the help lines for a partner’s violence, not for self-harm', async () => {
    const leads = async (q: string) =>
      (await find(fakePagefind([promises, safety, help]).pf, { q }, config, 5)).blocks.map(
        (b) => b.lead.url,
      );
    // The safety article matches and the help lines do not: the help lines still lead.
    expect(await leads('he slapped me, is that coercion and control')).toEqual([
      '/help/',
      '/advice/controlling-behaviour/',
    ]);
    expect(await leads('my partner slapped me, can we repair trust')).toEqual([
      '/help/',
      '/advice/controlling-behaviour/',
      '/advice/promises/',
    ]);
    expect(await leads('I keep hurting myself since we lost trust')).toEqual([
      '/help/',
      '/advice/promises/',
    ]);
  });

  it('changes nothing on a site without a safety topic', async () => {
    const { pf } = fakePagefind([promises, safety, help]);
    const found = await find(
      pf,
      { q: 'is he controlling or just protective' },
      { ...config, safetyTopics: [] },
      5,
    );
    expect(found.blocks[0]?.lead.url).toBe('/advice/promises/');
  });
});

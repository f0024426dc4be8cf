import { describe, expect, it } from 'vitest';
import { isCrisisQuery } from '../../src/lib/search/crisis';
import { find } from '../../src/lib/search/find';
import { RESULT_TYPE } from '../../src/lib/search/records';
import { EMPTY_CONFIG } from '../../src/lib/search/search-config';
import { fakePagefind, type FakePage } from './search-fake-pagefind';

describe('isCrisisQuery', () => {
  it.each([
    'I feel like hurting myself because of my relationship',
    'thinking about suicide after the break up',
    'he hits me when he is drunk',
    'my boyfriend threatened to kill me',
    "I'm scared for my life",
    'I want to die',
    'self-harm and my partner',
    'my partner slapped me last night',
    'he kicked me and said sorry',
    'she throws things at me when she is angry',
    'my husband raped me',
    'he forced me to have sex',
  ])('reads "%s" as a crisis', (q) => {
    expect(isCrisisQuery(q)).toBe(true);
  });

  it.each([
    'my partner hurt my feelings',
    'we hurt each other when we argue',
    'how do I stop killing the mood',
    'he never listens to me',
    'feeling distant from my wife',
    'he kicked me out of the bedroom after a row',
    'drapes and curtains, we argue about everything',
  ])('leaves "%s" to the ranking', (q) => {
    expect(isCrisisQuery(q)).toBe(false);
  });
});

describe('a crisis question', () => {
  const article: FakePage = {
    url: '/advice/lonely/',
    title: 'Lonely in a relationship',
    text: 'Lonely in a relationship when a relationship makes you feel like you are hurting alone',
  };
  const help: FakePage = {
    url: '/help/',
    title: 'If you need help now',
    text: 'If you need help now help lines listen',
    type: RESULT_TYPE.help,
  };
  const config = { ...EMPTY_CONFIG, records: 2 };

  it('puts the help lines first, even when the question never matched them', async () => {
    const { pf } = fakePagefind([article, help]);
    const found = await find(pf, { q: 'hurting myself because of my relationship' }, config, 5);
    expect(found.blocks.map((b) => b.lead.url)).toEqual(['/help/', '/advice/lonely/']);
  });

  it('keeps the ranking of an ordinary question', async () => {
    const { pf, calls } = fakePagefind([article, help]);
    const found = await find(pf, { q: 'lonely in my relationship' }, config, 5);
    expect(found.blocks[0]?.lead.url).toBe('/advice/lonely/');
    expect(found.blocks.map((b) => b.lead.url)).not.toContain('/help/');
    expect(calls.some((c) => c.term === null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { find } from '../../src/lib/search/find';
import { EMPTY_CONFIG } from '../../src/lib/search/search-config';
import { isWeak, RANKING_PARAMS } from '../../src/lib/search/result-blocks';
import { faqPage, fakePagefind, type FakePage } from './search-fake-pagefind';

// An article whose FAQ has two answers; the words' positions are what the anchors point at.
const words = [
  'Keeping promises builds trust', // 0–3: title
  'Small promises kept every day show your word holds and trust grows slowly over months', // 4–18
  'Can I back out of a promise?', // 19–25: question one
  'Say so early and offer another plan instead', // 26–33: answer one
  'What if my partner keeps forgetting?', // 34–39: question two
  'Raise it calmly with one example', // 40–45: answer two
  'forgetful flaky unreliable', // 46–48: other phrasings of question two
].join(' ');
const article: FakePage = {
  url: '/advice/promises/',
  title: 'Keeping promises builds trust',
  text: words,
  date: '2026-01-01',
  anchors: [
    {
      element: 'summary',
      id: 'faq-back-out--question',
      text: 'Can I back out of a promise?',
      location: 19,
    },
    { element: 'div', id: 'faq-back-out', text: '', location: 26 },
    {
      element: 'summary',
      id: 'faq-forgetting--question',
      text: 'What if my partner keeps forgetting?',
      location: 34,
    },
    { element: 'div', id: 'faq-forgetting', text: '', location: 40 },
    { element: 'span', id: 'faq-forgetting--also-asked', text: '', location: 46 },
  ],
};
const quiz: FakePage = {
  url: '/quizzes/trust/',
  title: 'Trust quiz',
  text: 'Trust quiz',
  type: 'Quiz',
};
const config = { ...EMPTY_CONFIG, records: 2 };

describe('result blocks', () => {
  it('lets a page lead when the question is about the page as a whole', async () => {
    const { pf } = fakePagefind([article]);
    const found = await find(pf, { q: 'promises trust' }, config, 8);
    expect(found.blocks[0]?.lead.url).toBe('/advice/promises/');
    expect(found.blocks[0]?.lead.title).toBe('Keeping promises builds trust');
  });

  it('lets an answer lead when its question fits, with its article beneath', async () => {
    const { pf } = fakePagefind([article]);
    const found = await find(pf, { q: 'partner keeps forgetting' }, config, 8);
    const [block] = found.blocks;
    expect(block?.lead).toMatchObject({
      kind: 'answer',
      url: '/advice/promises/#faq-forgetting',
      title: 'What if my partner keeps forgetting?',
    });
    expect(block?.also?.url).toBe('/advice/promises/');
  });

  it('keeps the page in the lead when an answer fits no more of the question than its title', async () => {
    // "promise" is in the title and in the answer's question: the broader page leads, with the
    // answer beneath it, although the short answer scores higher.
    const body = Array.from({ length: 400 }, () => 'words').join(' ');
    const long: FakePage = {
      url: '/advice/long/',
      title: 'A promise kept',
      text: `A promise kept ${body} Can I break a promise? Say so early`,
      anchors: [
        {
          element: 'summary',
          id: 'faq-break--question',
          text: 'Can I break a promise?',
          location: 403,
        },
        { element: 'div', id: 'faq-break', text: '', location: 408 },
      ],
    };
    const { pf } = fakePagefind([long]);
    const found = await find(pf, { q: 'promise' }, config, 8);
    expect(found.blocks[0]?.lead.url).toBe('/advice/long/');
    expect(found.blocks[0]?.also?.url).toBe('/advice/long/#faq-break');
    const free = await find(pf, { q: 'promise' }, config, 8, {
      ...RANKING_PARAMS,
      answerMustCoverMore: false,
    });
    expect(free.blocks[0]?.lead.url).toBe('/advice/long/#faq-break');
  });

  it('takes the excerpt from reader tips after the FAQ when they hold the searched words', async () => {
    const tipped: FakePage = {
      ...article,
      text: `${words} We keep a jar of notes`,
      anchors: [
        ...(article.anchors ?? []),
        { element: 'li', id: 'tip-abc', text: '', location: 49 },
      ],
    };
    const { pf } = fakePagefind([tipped]);
    const found = await find(pf, { q: 'jar' }, config, 8);
    expect(found.blocks[0]?.lead.url).toBe('/advice/promises/');
    expect(found.blocks[0]?.lead.excerpt).toContain('<mark>jar</mark>');
  });

  it('finds an answer by its other phrasings, but never shows them', async () => {
    const { pf } = fakePagefind([article]);
    const found = await find(pf, { q: 'flaky' }, config, 8);
    const places = [found.blocks[0]?.lead, found.blocks[0]?.also];
    const answer = places.find((p) => p?.kind === 'answer');
    expect(answer?.url).toBe('/advice/promises/#faq-forgetting');
    expect(answer?.excerpt).not.toContain('flaky');
    expect(answer?.excerpt).toContain('Raise it calmly');
  });

  it('marks the searched words in the excerpt', async () => {
    const { pf } = fakePagefind([article]);
    const found = await find(pf, { q: 'grows slowly' }, config, 8);
    expect(found.blocks[0]?.lead.excerpt).toContain('<mark>grows</mark> <mark>slowly</mark>');
    expect(found.words).toEqual(['grows', 'slowly']);
  });

  it('shows only answers, each as a result, with the "FAQ answer" type chosen', async () => {
    const { pf } = fakePagefind([article, quiz]);
    const found = await find(pf, { q: 'promise forgetting', answersOnly: true }, config, 8);
    expect(found.blocks.map((b) => b.lead.url).sort()).toEqual([
      '/advice/promises/#faq-back-out',
      '/advice/promises/#faq-forgetting',
    ]);
    expect(found.blocks.every((b) => b.type === 'FAQ answer' && !b.also)).toBe(true);
  });

  it('holds a quiz back a little against an article that fits as well', async () => {
    expect(RANKING_PARAMS.quizFactor).toBeLessThan(1);
    const { pf } = fakePagefind([article, quiz]);
    const scoreOf = async (quizFactor: number) => {
      const found = await find(pf, { q: 'trust' }, config, 8, { ...RANKING_PARAMS, quizFactor });
      return found.blocks.find((b) => b.lead.url === '/quizzes/trust/')?.score ?? 0;
    };
    expect(await scoreOf(RANKING_PARAMS.quizFactor)).toBeCloseTo(
      (await scoreOf(1)) * RANKING_PARAMS.quizFactor,
      10,
    );
  });

  it('holds a reader tip back against an answer that fits as well', async () => {
    const tip: FakePage = {
      url: '/advice/promises/#tip-t-7k3m-9q2p',
      title: 'Reader tip on “Keeping promises builds trust”',
      text: 'My partner keeps forgetting so we share one calendar',
      type: 'Reader tip',
    };
    const { pf } = fakePagefind([article, tip]);
    const found = await find(pf, { q: 'partner keeps forgetting' }, config, 8);
    expect(found.blocks.map((b) => b.lead.url)).toEqual([
      '/advice/promises/#faq-forgetting',
      tip.url,
    ]);
    expect(found.blocks[1]?.type).toBe('Reader tip');
    const unweighted = await find(pf, { q: 'partner keeps forgetting' }, config, 8, {
      ...RANKING_PARAMS,
      tipFactor: 1,
    });
    const tipScore = unweighted.blocks.find((b) => b.lead.url === tip.url)?.score ?? 0;
    expect(found.blocks[1]?.score).toBeCloseTo(tipScore * RANKING_PARAMS.tipFactor, 10);
    // Its text has no title in it ("Reader tip on …" is only shown): its first words are not one.
    expect(found.blocks[1]?.lead.titleCovers).toBe(0);
  });

  it('scores a short tip as at least an average page, not above it for being short', async () => {
    const words = 'partner keeps forgetting';
    const short: FakePage = {
      url: '/advice/a/#tip-t-1',
      title: 'Reader tip',
      text: words,
      type: 'Reader tip',
    };
    const long: FakePage = {
      ...short,
      url: '/advice/a/#tip-t-2',
      text: `${words} ${'and then some more words '.repeat(80)}`,
    };
    const scoreOf = async (page: FakePage) =>
      (await find(fakePagefind([page]).pf, { q: words }, config, 8)).blocks[0]?.score ?? 0;
    expect(await scoreOf(short)).toBeCloseTo(await scoreOf(long), 10);
  });

  it('shows later pages on request', async () => {
    const { pf } = fakePagefind([article, quiz]);
    const found = await find(pf, { q: 'trust' }, config, 1);
    expect(found.blocks).toHaveLength(1);
    expect(found.remaining).toBe(1);
    const more = await found.more();
    expect(more).toHaveLength(1);
    expect(await found.more()).toEqual([]);
  });

  it('calls a result weak when it matches less than half the question', async () => {
    const { pf } = fakePagefind([article]);
    const weak = await find(pf, { q: 'promises zebra giraffe elephant' }, config, 8);
    const strong = await find(pf, { q: 'promises trust' }, config, 8);
    expect(isWeak(weak.blocks)).toBe(true);
    expect(isWeak(strong.blocks)).toBe(false);
    expect(isWeak([])).toBe(true);
  });
});

describe('question frames', () => {
  // Two answers on one topic, alike in words: only how they are asked tells them apart.
  const faq = faqPage('/advice/distance/', 'Feeling apart', [
    { id: 'normal', question: 'Is distance normal?', answer: 'Often yes it comes and goes' },
    {
      id: 'how-long',
      question: 'How long does distance last?',
      answer: 'Often weeks it comes and goes',
    },
  ]);
  const leadFor = async (q: string, params = RANKING_PARAMS) => {
    const { pf } = fakePagefind([faq]);
    return (await find(pf, { q }, config, 8, params)).blocks[0]?.lead.url;
  };

  it('puts first the answer asked the way the reader asks', async () => {
    expect(await leadFor('when will this distance end')).toBe('/advice/distance/#faq-how-long');
    expect(await leadFor('is this distance weird')).toBe('/advice/distance/#faq-normal');
  });

  it('is what decides between them (without it, one answer leads both questions)', async () => {
    const off = { ...RANKING_PARAMS, frameBonus: 0 };
    expect(await leadFor('when will this distance end', off)).toBe(
      await leadFor('is this distance weird', off),
    );
  });
});

describe('a page that compares two things', () => {
  const both: FakePage = {
    url: '/advice/physical-vs-emotional/',
    title: 'Physical vs emotional closeness: why you need both',
    text: 'Physical vs emotional closeness: why you need both touch and talk keep a couple close',
  };
  const one: FakePage = {
    url: '/advice/emotional-closeness/',
    title: 'Building emotional closeness',
    text: 'Building emotional closeness talk about feelings every day and listen well to each other and keep going',
  };
  const rank = async (q: string, params = RANKING_PARAMS) =>
    (await find(fakePagefind([both, one]).pf, { q }, config, 8, params)).blocks.map(
      (b) => b.lead.url,
    );

  it('gives way to the page on one side when the question touches only that side', async () => {
    expect(RANKING_PARAMS.comparisonFactor).toBeLessThan(1);
    expect(await rank('emotional closeness')).toEqual([
      '/advice/emotional-closeness/',
      '/advice/physical-vs-emotional/',
    ]);
    // Without the rule the comparison's title, shorter and higher, wins.
    expect((await rank('emotional closeness', { ...RANKING_PARAMS, comparisonFactor: 1 }))[0]).toBe(
      '/advice/physical-vs-emotional/',
    );
  });

  it('keeps its place for a question about both sides', async () => {
    expect((await rank('physical or emotional closeness'))[0]).toBe(
      '/advice/physical-vs-emotional/',
    );
  });
});

describe('a second answer on the first result', () => {
  // Two articles, each with two answers that share the searched word equally.
  const arguing = faqPage('/advice/arguing/', 'Arguing well', [
    { id: 'chores', question: 'Why do we argue about chores?', answer: 'Chores pile up unseen' },
    { id: 'money', question: 'Why do we argue about money?', answer: 'Money worries run deep' },
  ]);
  const fighting = faqPage('/advice/fighting/', 'Fighting fair', [
    { id: 'timing', question: 'When should we argue?', answer: 'Pick a calm hour' },
    { id: 'tone', question: 'How loud may we argue?', answer: 'Keep voices low' },
  ]);
  const search = (q: string, pages = [arguing], params = RANKING_PARAMS, pageSize = 8) =>
    find(fakePagefind(pages).pf, { q }, config, pageSize, params);

  it('shows the next answer of the page when it fits nearly as well as the first', async () => {
    const [block] = (await search('argue')).blocks;
    const answers = [block?.lead, block?.also, block?.nextAnswer]
      .filter((p) => p?.kind === 'answer')
      .map((p) => p?.url);
    expect(answers.sort()).toEqual(['/advice/arguing/#faq-chores', '/advice/arguing/#faq-money']);
  });

  it('leaves it out when it scores below the chosen share of the first', async () => {
    const q = 'argue about chores piling up';
    expect((await search(q)).blocks[0]?.nextAnswer).toBeUndefined();
    const always = { ...RANKING_PARAMS, nextAnswerShare: 0 };
    expect((await search(q, [arguing], always)).blocks[0]?.nextAnswer?.url).toBe(
      '/advice/arguing/#faq-money',
    );
  });

  it('gives it to the first result only, and never to later pages', async () => {
    const found = await search('argue', [arguing, fighting]);
    expect(found.blocks).toHaveLength(2);
    expect(found.blocks[0]?.nextAnswer).toBeDefined();
    expect(found.blocks[1]?.nextAnswer).toBeUndefined();
    const paged = await search('argue', [arguing, fighting], RANKING_PARAMS, 1);
    const [later] = await paged.more();
    expect(later?.lead.url).toMatch(/^\/advice\/(arguing|fighting)\//);
    expect(later?.nextAnswer).toBeUndefined();
  });
});

describe('a question about control or abuse', () => {
  // A money article: the bank-card answer holds more of the question's words than the answer on
  // financial abuse.
  const money = faqPage('/advice/money/', 'Money as a couple', [
    {
      id: 'joint',
      question: 'Should we each keep a bank card or share one bank card?',
      answer: 'Either works when you both agree',
    },
    {
      id: 'abuse',
      question: 'Is it financial abuse if he controls the money?',
      answer: 'Controlling the money is abuse and help is there',
    },
  ]);
  const blockFor = async (q: string) => {
    const { pf } = fakePagefind([money]);
    const [block] = (await find(pf, { q }, config, 8)).blocks;
    return block;
  };

  it('shows the answer on abuse, not the one that shares more words', async () => {
    expect((await blockFor('bank card abuse'))?.lead.url).toBe('/advice/money/#faq-joint');
    const block = await blockFor('is it abuse if he takes my bank card');
    const shown = [block?.lead.url, block?.also?.url, block?.nextAnswer?.url];
    expect(shown).toContain('/advice/money/#faq-abuse');
    // Not even as the second answer of the first result, although it scores higher.
    expect(shown).not.toContain('/advice/money/#faq-joint');
  });

  it('keeps the page ranked by the best it holds, the answer it does not show included', async () => {
    const block = await blockFor('is it abuse if he takes my bank card');
    const shown = [block?.lead.score ?? 0, block?.also?.score ?? 0];
    expect(block?.score).toBeGreaterThan(Math.max(...shown));
  });
});

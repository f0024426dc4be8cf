import { describe, expect, it } from 'vitest';
import { groupFaqByTopic, type HubFaqInput } from '../../src/lib/search/faq-hub';

const topics = [
  { id: 'intimacy', title: 'Intimacy and closeness' },
  { id: 'communication', title: 'Communication' },
  { id: 'trust', title: 'Trust' },
];
const faq = (article: string, id: string, topic: string): HubFaqInput => ({
  id,
  question: `${id}?`,
  answer: 'An answer.',
  article,
  topic,
  href: `/advice/${article}/#faq-${id}`,
});

describe('groupFaqByTopic', () => {
  it('groups answers by topic in topic order and leaves out empty topics', () => {
    const groups = groupFaqByTopic(topics, [
      { title: 'Rebuilding trust', faq: [faq('rebuilding-trust', 'how-long', 'trust')] },
      {
        title: 'Emotional intimacy',
        faq: [
          faq('emotional-intimacy', 'what-is-it', 'intimacy'),
          faq('emotional-intimacy', 'why', 'intimacy'),
        ],
      },
    ]);
    expect(groups.map((g) => g.id)).toEqual(['intimacy', 'trust']);
    expect(groups[0]?.items.map((i) => i.id)).toEqual(['what-is-it', 'why']);
    expect(groups[0]?.anchor).toBe('topic-intimacy');
  });

  it('gives each answer an anchor unique across articles and keeps its article link', () => {
    const [group] = groupFaqByTopic(topics, [
      { title: 'A', faq: [faq('a', 'same', 'trust')] },
      { title: 'B', faq: [faq('b', 'same', 'trust')] },
    ]);
    expect(group?.items.map((i) => i.anchor)).toEqual(['a--same', 'b--same']);
    expect(group?.items[1]?.href).toBe('/advice/b/#faq-same');
    expect(group?.items[1]?.articleTitle).toBe('B');
  });

  it('fails loudly on an unknown topic', () => {
    expect(() => groupFaqByTopic(topics, [{ title: 'X', faq: [faq('x', 'q', 'money')] }])).toThrow(
      'FAQ hub: answer "q" of "x" has unknown topic "money"',
    );
  });
});

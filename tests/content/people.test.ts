// Rule: illustrative people are labelled. An article that names people in its examples lists them
// in `people` (so the page says the names are invented), each listed name appears in its body,
// and no name is used by two articles.
import { describe, expect, it } from 'vitest';
import { readArticles } from './support/load';
import { NAME_POOL } from './support/names';
import { exampleCallouts, lowerCaseWords, nameInText, nameLikeWords } from './support/text';

const articles = readArticles();
const listedAnywhere = new Set([...NAME_POOL, ...articles.flatMap((a) => a.data.people)]);
// A word that starts a sentence is a name if the site never writes it in lower case.
const vocabulary = lowerCaseWords(articles.map((a) => a.body));

describe('names across the site', () => {
  it('uses each invented name in one article only', () => {
    const owners = new Map<string, string[]>();
    for (const a of articles) {
      for (const name of a.data.people) {
        const key = name.toLocaleLowerCase('en');
        owners.set(key, [...(owners.get(key) ?? []), a.slug]);
      }
    }
    const shared = [...owners].filter(([, slugs]) => slugs.length > 1);
    expect(shared.map(([name, slugs]) => `${name}: ${slugs.join(', ')}`)).toEqual([]);
  });
});

describe.each(articles)('$file', ({ body, data }) => {
  it('uses every name it lists in its body', () => {
    expect(data.people.filter((name) => !nameInText(name, body))).toEqual([]);
  });

  it('lists every known name that its body uses', () => {
    const unlisted = [...listedAnywhere].filter(
      (name) => nameInText(name, body) && !data.people.includes(name),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists the people its examples name', () => {
    const named = new Set(
      exampleCallouts(body).flatMap((c) => [...nameLikeWords(c, data.people, vocabulary)]),
    );
    expect([...named], 'add them to "people", or rewrite the example without names').toEqual([]);
  });
});

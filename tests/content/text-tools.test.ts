// The lint's own tools, checked on small samples so that a rule cannot pass because a tool is blind.
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './support/load';
import {
  citedIds,
  exampleCallouts,
  lowerCaseWords,
  nameInText,
  nameLikeWords,
  sentences,
  uncitedFindings,
} from './support/text';

describe('content lint tools', () => {
  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nBody.\n')).toEqual({
      frontmatter: 'title: A',
      body: 'Body.\n',
    });
    expect(() => splitFrontmatter('No frontmatter')).toThrow(/no frontmatter/);
  });

  it('finds citation ids and example boxes', () => {
    const body =
      'A.<Cite id="one" /> B<Cite id=\'two\'/>.\n<Callout type="example" title="x">Ana waved.</Callout>\n<Callout type="tip">Tip.</Callout>';
    expect(citedIds(body)).toEqual(['one', 'two']);
    expect(exampleCallouts(body)).toEqual(['Ana waved.']);
  });

  it('keeps a citation written after the full stop with its sentence', () => {
    expect(sentences('Research shows this.<Cite id="a" /> Research shows that. Fine.')).toEqual([
      'Research shows this<Cite id="a" />.',
      'Research shows that.',
      'Fine.',
    ]);
    expect(
      uncitedFindings('Studies suggest a lot. Research has shown more.<Cite id="b" />'),
    ).toEqual(['Studies suggest a lot.']);
    expect(uncitedFindings('Our research found nothing to cite. Many studies exist.')).toEqual([]);
  });

  it('matches names as whole words, accents included', () => {
    expect(nameInText('Lucía', 'Then Lucía laughed.')).toBe(true);
    expect(nameInText('Ben', 'The benefits of Benjamin.')).toBe(false);
    expect(nameInText('Jo', "Jo's idea")).toBe(true);
  });

  it('spots names in examples but not sentence starts, quotes, days or listed names', () => {
    const text =
      'For years, Ben made coffee. One day Leah said, "I realised it helps." On Sunday they walked. Sam agreed. Ben smiled at Ana.';
    const vocabulary = lowerCaseWords(['for one day on and the sam']);
    expect([...nameLikeWords(text, [], vocabulary)].sort()).toEqual(['Ana', 'Ben', 'Leah']);
    expect([...nameLikeWords(text, ['Ben', 'Leah', 'Ana'], vocabulary)]).toEqual([]);
  });

  it('counts a word that only ever starts sentences as a name', () => {
    const vocabulary = lowerCaseWords(['years later, instead of that']);
    expect([
      ...nameLikeWords('Omar forgot. Instead he cooked. Years later he laughed.', [], vocabulary),
    ]).toEqual(['Omar']);
  });
});

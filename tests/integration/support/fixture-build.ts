import { buildSite, copySite, removeCopies } from './site-copy';

export interface FixtureBuild {
  status: number | null;
  output: string;
  /** The throw-away project: its build is in dist/. */
  dir: string;
}

/**
 * Builds a throw-away copy of the site with the fixture content (after `edit`), without the search
 * index, which the image and page tests do not need.
 */
export function buildFixture(edit: (contentDir: string) => void = () => undefined): FixtureBuild {
  const { dir, content } = copySite();
  edit(content);
  return { ...buildSite(dir, { SEARCH_INDEX: 'off' }), dir };
}

/** Removes every project buildFixture made (call it in afterEach or afterAll). */
export const removeFixtureBuilds = removeCopies;

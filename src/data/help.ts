import { getCollection } from 'astro:content';
import type { HelpRegion } from '../schemas/help';
import { oncePerBuild } from './once';

/** One region of help lines as pages show it: the file's data plus its id (the file name). */
export interface HelpRegionEntry extends HelpRegion {
  id: string;
}

/**
 * Every region, in the editors' order; the international directory is the one without countries.
 * An empty collection (a test's content folder without help lines) gives an empty list.
 */
export const getHelpRegions = oncePerBuild(async (): Promise<HelpRegionEntry[]> => {
  const regions = await getCollection('help');
  if (regions.length > 0 && !regions.some((r) => r.data.countries.length === 0)) {
    throw new Error('content/help needs one region without countries: the international directory');
  }
  return regions
    .map((r) => ({ id: r.id, ...r.data }))
    .sort((a, b) => a.order - b.order || a.region.localeCompare(b.region));
});

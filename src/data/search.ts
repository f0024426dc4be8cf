import { getCollection } from 'astro:content';
import { compileVocabulary, type Vocabulary } from '../lib/search/synonyms';
import { oncePerBuild } from './once';

/**
 * The search vocabulary compiled for the browser: every reader phrase of
 * `content/search/synonyms.yaml` with the site words it stands for. Empty when there is no file.
 */
export const getSearchVocabulary = oncePerBuild(async (): Promise<Vocabulary> => {
  const entries = await getCollection('search');
  const synonyms = entries.find((e) => e.id === 'synonyms');
  return synonyms ? compileVocabulary(synonyms.data) : [];
});

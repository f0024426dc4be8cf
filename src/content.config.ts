import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withImageFiles } from './loaders/image-files';
import { articleSchema, withEntryImage } from './schemas/article';
import { authorSchema } from './schemas/author';
import { topicSchema } from './schemas/topic';
import { quizSchema } from './schemas/quiz';
import { tipSchema } from './schemas/tip';
import { questionSchema } from './schemas/question';
import { helpRegionSchema } from './schemas/help';
import { searchVocabularySchema } from './schemas/search-vocabulary';

// Content lives outside src/ (content/…) so editors never need to touch code.
const contentRoot = process.env.CONTENT_DIR || './content';

// Built once for every article; each entry adds only its own `image()` (see withEntryImage).
const articleFields = articleSchema({
  topic: reference('topics'),
  author: reference('authors'),
  quiz: reference('quizzes'),
  image: z.string(),
});

const articles = defineCollection({
  loader: withImageFiles(glob({ pattern: '**/[^_]*.mdx', base: `${contentRoot}/articles` })),
  schema: ({ image }) => withEntryImage(articleFields, image()),
});

const authors = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentRoot}/authors` }),
  schema: authorSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentRoot}/topics` }),
  schema: topicSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentRoot}/quizzes` }),
  schema: quizSchema({ article: reference('articles') }),
});

// Reader tips and answered questions, one JSON file each, written by `npm run moderate`.
const tips = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentRoot}/tips` }),
  schema: tipSchema(reference('articles')),
});

const questions = defineCollection({
  loader: glob({ pattern: '*.json', base: `${contentRoot}/questions` }),
  schema: questionSchema({ article: reference('articles'), author: reference('authors') }),
});

// Help lines by region (content/help/<region>.yaml): numbers copied from each organisation's page.
const help = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/help` }),
  schema: helpRegionSchema,
});

// The search vocabulary (content/search/synonyms.yaml): readers' words for the site's words.
const search = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/search` }),
  schema: searchVocabularySchema,
});

export const collections = { articles, authors, topics, quizzes, tips, questions, help, search };

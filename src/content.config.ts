import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { topicSchema } from './schemas/topic';
import { quizSchema } from './schemas/quiz';

// Content lives outside src/ (content/…) so editors never need to touch code.
const contentRoot = process.env.CONTENT_DIR || './content';

const articles = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: `${contentRoot}/articles` }),
  schema: articleSchema({
    topic: reference('topics'),
    author: reference('authors'),
    quiz: reference('quizzes'),
  }),
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
  schema: quizSchema,
});

export const collections = { articles, authors, topics, quizzes };

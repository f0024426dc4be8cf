// The picture that stands for an article, a topic or a quiz: its hero and its card thumbnail. The
// drawings of src/assets/illustrations/ are named by src/lib/illustrations.ts; an article's own
// `image` (frontmatter, through astro:assets) wins over its topic's drawing.
import type { ImageMetadata } from 'astro';
import type { ArticleSummary } from '../../data/articles';
import { quizIllustration, topicIllustration, type Illustration } from '../../lib/illustrations';

export interface SiteImage {
  src: ImageMetadata;
  /** "" for the drawings: they are decorative, the title beside them says what the page is. */
  alt: string;
  /** A drawing made here (SVG, follows the colour scheme) rather than an editor's raster image. */
  drawn: boolean;
}

const drawings = import.meta.glob<ImageMetadata>('../../assets/illustrations/*.svg', {
  eager: true,
  import: 'default',
});

function drawing(illustration: Illustration): SiteImage {
  const src = drawings[`../../assets/illustrations/${illustration.file}`];
  if (!src) throw new Error(`Missing file src/assets/illustrations/${illustration.file}`);
  return { src, alt: '', drawn: true };
}

export const topicImage = (slug: string): SiteImage => drawing(topicIllustration(slug));

export const quizImage = (slug: string): SiteImage => drawing(quizIllustration(slug));

/** The article's own image when it has one, else its topic's drawing. */
export function articleImage(article: ArticleSummary): SiteImage {
  const own = article.entry.data.image;
  return own ? { src: own.src, alt: own.alt, drawn: false } : topicImage(article.topic);
}

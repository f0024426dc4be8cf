// Which drawing of src/assets/illustrations/ stands for a topic or a quiz: its hero, and the
// thumbnail of its cards. Each file is one SVG that follows the reader's colour scheme and keeps
// its motif in the middle, so it can be cropped to a square or a wide band. An article's own
// `image` (frontmatter) wins over its topic's drawing; this module only names files.

export interface Illustration {
  /** File name in src/assets/illustrations/. */
  file: string;
  /** What the drawing shows (its SVG <title>); the drawings are decorative, so pages use alt="". */
  description: string;
}

const topics: Record<string, Illustration> = {
  intimacy: {
    file: 'topic-intimacy.svg',
    description: 'Two circles overlapping, their shared middle the deepest colour',
  },
  communication: {
    file: 'topic-communication.svg',
    description: 'Two circles with ripples of sound travelling towards each other',
  },
  trust: {
    file: 'topic-trust.svg',
    description: 'Small circles growing step by step into two overlapping circles',
  },
  conflict: {
    file: 'topic-conflict.svg',
    description: 'A circle broken in two, its halves joined again by a golden seam',
  },
  desire: {
    file: 'topic-desire.svg',
    description: 'Two circles leaning into each other while small circles rise like warmth',
  },
  'life-together': {
    file: 'topic-life-together.svg',
    description: 'Two circles and a smaller one under one wide arch, with the sun beside them',
  },
  safety: {
    file: 'topic-safety.svg',
    description: 'A circle inside an open ring, with a dotted path leading out to a warm light',
  },
};

const quizzes: Record<string, Illustration> = {
  closeness: {
    file: 'quiz-closeness.svg',
    description: 'Pairs of circles drawing closer, from apart to almost one',
  },
  'communication-check-in': {
    file: 'quiz-communication-check-in.svg',
    description: 'Two circles in conversation, with a small tick above them',
  },
  trust: {
    file: 'quiz-trust.svg',
    description: 'Stones balanced one on another on steady ground',
  },
};

/** The poster of a video placeholder (drawn here: nothing is fetched from the video host). */
export const videoPoster: Illustration = {
  file: 'video-poster.svg',
  description: 'Soft overlapping circles on a dark stage',
};

function lookup(kind: 'topic' | 'quiz', table: Record<string, Illustration>, slug: string) {
  const found = Object.hasOwn(table, slug) ? table[slug] : undefined;
  if (!found) {
    throw new Error(
      `No illustration for ${kind} "${slug}": draw src/assets/illustrations/${kind}-${slug}.svg ` +
        'and name it in src/lib/illustrations.ts',
    );
  }
  return found;
}

/** The drawing of a topic (content/topics/<slug>.yaml). */
export const topicIllustration = (slug: string) => lookup('topic', topics, slug);

/** The drawing of a quiz (content/quizzes/<slug>.yaml). */
export const quizIllustration = (slug: string) => lookup('quiz', quizzes, slug);

/** Every drawing this module names, for checks. */
export const allIllustrations = (): Illustration[] => [
  ...Object.values(topics),
  ...Object.values(quizzes),
  videoPoster,
];

import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Faq from './Faq.astro';
import VideoEmbed from './VideoEmbed.astro';

/**
 * The components authors may use in an article's MDX without importing them (README, "Components
 * authors can use in MDX"). The article page hands exactly these to every body; a new one is
 * added here and documented there.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- typescript-eslint cannot see the types of .astro imports (astro check does, and passes).
export const mdxComponents = { Callout, Cite, Faq, VideoEmbed };

/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The article being rendered, set by its page before the MDX body renders, so that `<Cite>` can
     * number a source and `<Faq />` can list the entries without the author passing them by hand.
     */
    article?: {
      slug: string;
      sources: import('./schemas/source').Source[];
      faq: import('./data/faq').SiteFaq[];
    };
  }
}

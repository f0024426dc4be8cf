// Astro checks an article's image file only when it bundles the pages, and its error names the
// path but not the article ("Could not find requested image ./images/x.png"): in a catalogue of
// thousands, an editor cannot tell which file to fix, and the build has spent a minute bundling
// by then. This loader checks, while the content is read, that a relative `image.src` names a
// file beside the entry, and fails with the entry's file named.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The problem with an entry's `image.src`, or undefined when it is fine (or not a local file). */
export function missingImage(data: unknown, filePath: string | undefined): string | undefined {
  const src = (data as { image?: { src?: unknown } } | undefined)?.image?.src;
  if (typeof src !== 'string' || !src.startsWith('.') || !filePath) return undefined;
  const file = path.resolve(path.dirname(filePath), src);
  if (existsSync(file)) return undefined;
  const entry = path.relative(process.cwd(), filePath);
  return `${entry}: "image.src" names ${src}, which does not exist (looked for ${file})`;
}

/** `loader`, with every entry's image file checked before its data is parsed. */
export function withImageFiles(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: (props) => {
          const problem = missingImage(props.data, props.filePath);
          if (problem) throw new Error(problem);
          return context.parseData(props);
        },
      }),
  };
}

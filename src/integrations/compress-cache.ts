import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { linkOrCopy } from './linked-files.ts';

/** A file's two compressed forms. */
export interface Compressed {
  br: Buffer;
  gz: Buffer;
}

/** The sizes of a file's two compressed forms. */
export interface Sizes {
  br: number;
  gz: number;
}

/**
 * Compressed forms of files by their content, kept between builds (`<cacheDir>/closer-compress/`):
 * Astro empties the output folder on every build, and on a rebuild nearly every page is the same
 * as before, so its brotli and gzip forms are linked instead of computed again (brotli is slow)
 * or copied (at 10,000 articles, 200 MB).
 */
export class CompressCache {
  readonly #dir: string;
  readonly #used = new Set<string>();
  #ready: Promise<unknown> | undefined;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The key of `data` compressed at `quality`. */
  key(data: Buffer, quality: number): string {
    return `${createHash('sha256').update(data).digest('hex')}-q${String(quality)}`;
  }

  /**
   * Puts the cached forms of `key` that are smaller than `fits` bytes at `<file>.br` and
   * `<file>.gz`, as hard links to the cache's files (./linked-files.ts). Their sizes, or
   * undefined when the cache does not hold them.
   */
  async restore(key: string, file: string, fits: number): Promise<Sizes | undefined> {
    this.#used.add(key);
    const from = (ext: 'br' | 'gz') => path.join(this.#dir, `${key}.${ext}`);
    let sizes: Sizes;
    try {
      const [br, gz] = await Promise.all([stat(from('br')), stat(from('gz'))]);
      sizes = { br: br.size, gz: gz.size };
    } catch {
      return undefined;
    }
    await Promise.all(
      (['br', 'gz'] as const)
        .filter((ext) => sizes[ext] < fits)
        .map((ext) => linkOrCopy(from(ext), `${file}.${ext}`)),
    );
    return sizes;
  }

  /** Stores both forms; each under a temporary name first, so a crash never leaves half a file. */
  async put(key: string, value: Compressed): Promise<void> {
    this.#ready ??= mkdir(this.#dir, { recursive: true });
    await this.#ready;
    await Promise.all(
      (['br', 'gz'] as const).map(async (ext) => {
        const file = path.join(this.#dir, `${key}.${ext}`);
        await writeFile(`${file}.tmp`, value[ext]);
        await rename(`${file}.tmp`, file);
      }),
    );
  }

  /** Drops what this build did not use (pages that changed or went away). */
  async prune(): Promise<void> {
    const names = await readdir(this.#dir).catch(() => []);
    const stale = names.filter((n) => !this.#used.has(n.replace(/\.(br|gz)(\.tmp)?$/, '')));
    await Promise.all(stale.map((n) => rm(path.join(this.#dir, n), { force: true })));
  }
}

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A file's two compressed forms. */
export interface Compressed {
  br: Buffer;
  gz: Buffer;
}

/**
 * Compressed forms of files by their content, kept between builds (`<cacheDir>/closer-compress/`):
 * Astro empties the output folder on every build, and on a rebuild nearly every page is the same
 * as before, so its brotli and gzip forms are copied instead of computed again (brotli is slow).
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

  async get(key: string): Promise<Compressed | undefined> {
    this.#used.add(key);
    try {
      const [br, gz] = await Promise.all([
        readFile(path.join(this.#dir, `${key}.br`)),
        readFile(path.join(this.#dir, `${key}.gz`)),
      ]);
      return { br, gz };
    } catch {
      return undefined;
    }
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

// Open Graph cards kept on the server's disk. The server draws a card the first time a crawler asks
// for it and keeps the PNG under its key (src/lib/og/cache-key.ts: what decides its pixels), so a
// card is drawn once per title and template, not once per build. Drawing costs tens of
// milliseconds of CPU on a worker thread, so the store bounds how many cards may be drawing at
// once: past that, a request is turned away (503) rather than queued behind a crawl.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CardStoreOptions {
  /** The folder holding this template's cards (its siblings are other templates' and removed). */
  dir: string;
  /** Cards that may be drawing at once before new ones are turned away. */
  maxDrawing: number;
  /** Where disk failures are reported (once per failure kind, not per request). */
  warn: (line: string) => void;
}

/** Draws a card's PNG; the store calls it at most once at a time per key. */
export type DrawCard = () => Promise<Uint8Array>;

/** A card could not be drawn now: too many are drawing. The client may retry. */
export class CardStoreBusy extends Error {
  constructor() {
    super('too many Open Graph cards are being drawn; try again shortly');
    this.name = 'CardStoreBusy';
  }
}

export interface CardPng {
  bytes: Uint8Array;
  /** `disk`: read from the folder; `drawn`: drawn for this request (or one it waited on). */
  source: 'disk' | 'drawn';
}

/** Cards kept in memory when the disk refuses them, so that a broken disk does not mean a redraw per request. */
const MEMORY_CARDS = 64;

/**
 * The card store of one process. `get(key, draw)` answers from disk, or draws the card (sharing
 * one drawing among requests that arrive together) and writes it under a temporary name first,
 * so no request reads half a file.
 */
export class CardStore {
  readonly #drawing = new Map<string, Promise<Uint8Array>>();
  readonly #memory = new Map<string, Uint8Array>();
  readonly #warned = new Set<string>();
  #prepared: Promise<void> | undefined;
  readonly counts = { drawn: 0, refused: 0 };

  constructor(private readonly options: CardStoreOptions) {}

  /** The card with this key; `draw` makes its PNG when no one has yet. Throws CardStoreBusy. */
  async get(key: string, draw: DrawCard): Promise<CardPng> {
    if (!/^[0-9a-f]{16,128}$/.test(key)) throw new Error(`not a card key: ${key}`);
    this.#prepared ??= this.#removeOtherTemplates();
    await this.#prepared;
    const kept = this.#memory.get(key) ?? (await this.#read(key));
    if (kept) return { bytes: kept, source: 'disk' };
    let job = this.#drawing.get(key);
    if (!job) {
      if (this.#drawing.size >= this.options.maxDrawing) {
        this.counts.refused += 1;
        throw new CardStoreBusy();
      }
      job = this.#drawAndKeep(key, draw).finally(() => this.#drawing.delete(key));
      this.#drawing.set(key, job);
    }
    return { bytes: await job, source: 'drawn' };
  }

  #file(key: string): string {
    return path.join(this.options.dir, `${key}.png`);
  }

  async #read(key: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.#file(key));
    } catch (error) {
      // Not there: no file yet, or no folder (ENOTDIR: something else stands where it should be).
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!['ENOENT', 'ENOTDIR'].includes(code)) this.#warn('read', error);
      return undefined;
    }
  }

  async #drawAndKeep(key: string, draw: DrawCard): Promise<Uint8Array> {
    const bytes = await draw();
    this.counts.drawn += 1;
    const file = this.#file(key);
    const temporary = `${file}.${String(process.pid)}.${String(this.counts.drawn)}.tmp`;
    try {
      await mkdir(this.options.dir, { recursive: true });
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    } catch (error) {
      this.#warn('write', error);
      await rm(temporary, { force: true }).catch(() => undefined);
      this.#remember(key, bytes);
    }
    return bytes;
  }

  #remember(key: string, bytes: Uint8Array): void {
    this.#memory.set(key, bytes);
    const oldest = this.#memory.keys().next().value;
    if (this.#memory.size > MEMORY_CARDS && oldest !== undefined) this.#memory.delete(oldest);
  }

  /**
   * Removes the cards whose key is not in `current` (every card a page of this build can name): a
   * changed title or band makes a new key, and the old card would stay on disk for good. Also
   * removes temporary files another process left (a crash between write and rename); this
   * process's own are in flight. Returns how many files it removed.
   */
  async keepOnly(current: ReadonlySet<string>): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.options.dir);
    } catch {
      return 0;
    }
    const own = `.${String(process.pid)}.`;
    const stale = names.filter((name) => {
      const card = /^([0-9a-f]{16,128})\.png$/.exec(name);
      if (card) return !current.has(card[1] ?? '');
      return name.endsWith('.tmp') && !name.includes(own);
    });
    const removed = await Promise.all(
      stale.map((name) =>
        rm(path.join(this.options.dir, name)).then(
          () => true,
          (error: unknown) => {
            this.#warn('remove old cards in', error);
            return false;
          },
        ),
      ),
    );
    return removed.filter(Boolean).length;
  }

  /** A new template or font changes every key: the folders of earlier templates only take space. */
  async #removeOtherTemplates(): Promise<void> {
    const parent = path.dirname(this.options.dir);
    const own = path.basename(this.options.dir);
    let names: string[];
    try {
      names = await readdir(parent);
    } catch {
      return;
    }
    await Promise.all(
      names
        .filter((n) => n !== own && /^[0-9a-f]{16}$/.test(n))
        .map((n) =>
          rm(path.join(parent, n), { recursive: true, force: true }).catch(() => undefined),
        ),
    );
  }

  #warn(kind: 'read' | 'write' | 'remove old cards in', error: unknown): void {
    if (this.#warned.has(kind)) return;
    this.#warned.add(kind);
    const reason = error instanceof Error ? error.message : String(error);
    const instead = {
      read: 'cards are drawn again instead',
      write: 'cards are drawn and kept in memory instead',
      'remove old cards in': 'old cards stay on disk',
    }[kind];
    this.options.warn(
      `Open Graph cards: cannot ${kind} ${this.options.dir} (${reason}); ${instead}`,
    );
  }
}

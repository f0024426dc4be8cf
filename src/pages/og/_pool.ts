// Worker threads that draw Open Graph cards for the server: a card costs tens of milliseconds of
// CPU (mostly resvg's rasterising), off the thread that answers requests. One core is left to the
// server's own work, so a crawl of many new cards never stalls the pages. Workers start on first
// use, hold the process open only while they have work, and end after a minute without any, so a
// server that draws a few cards a day does not keep a renderer's memory (150 to 200 MB) for them.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import workerSource from './_og-worker.cjs?raw';

const require = createRequire(import.meta.url);

/** What a worker needs to draw: the card size, the fonts (satori's font list) and the backdrop. */
export interface PoolSetup {
  width: number;
  height: number;
  /** SVG put under satori's drawing (src/lib/og/card.ts, `ogBackdrop`). */
  backdrop: string;
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
}

type Format = 'svg' | 'png';
interface Job {
  tree: unknown;
  format: Format;
  resolve: (result: string | Uint8Array) => void;
  reject: (error: Error) => void;
}
interface Slot {
  worker: Worker;
  job: Job | undefined;
  idle: NodeJS.Timeout | undefined;
}

const THREADS = Math.max(1, availableParallelism() - 1);
let idleMs = 60_000;
const queue: Job[] = [];
const slots: Slot[] = [];
let setup: PoolSetup | undefined;

function start(): Slot {
  if (!setup) throw new Error('OG pool used before configure()');
  const workerData = {
    ...setup,
    satori: require.resolve('satori'),
    resvg: require.resolve('@resvg/resvg-js'),
  };
  const slot: Slot = {
    worker: new Worker(workerSource, { eval: true, workerData }),
    job: undefined,
    idle: undefined,
  };
  slot.worker.on('message', (message: { result?: string | Uint8Array; error?: string }) => {
    const job = slot.job;
    slot.job = undefined;
    if (message.error !== undefined) job?.reject(new Error(`OG renderer: ${message.error}`));
    else if (message.result !== undefined) job?.resolve(message.result);
    feed(slot);
  });
  // A worker that dies takes its card with it; the next card starts a fresh one.
  slot.worker.on('error', (error) => {
    slot.job?.reject(error);
    slot.job = undefined;
    retire(slot);
    if (queue.length > 0) feed(start());
  });
  slots.push(slot);
  return slot;
}

function retire(slot: Slot): void {
  clearTimeout(slot.idle);
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
  void slot.worker.terminate();
}

function feed(slot: Slot): void {
  clearTimeout(slot.idle);
  const job = queue.shift();
  if (!job) {
    slot.worker.unref();
    slot.idle = setTimeout(() => {
      retire(slot);
    }, idleMs).unref();
    return;
  }
  slot.job = job;
  slot.worker.ref();
  slot.worker.postMessage({ tree: job.tree, format: job.format });
}

/** Workers alive now (drawing or idle). */
export function liveWorkers(): number {
  return slots.length;
}

/** How long an idle worker lives (tests shorten it). */
export function setIdleTime(ms: number): void {
  idleMs = ms;
}

/** Hands the workers what they draw with; call before the first render (later calls are ignored). */
export function configure(options: PoolSetup): void {
  setup ??= options;
}

/** Draws one card element tree on the first free worker. */
export function renderInPool(tree: unknown, format: 'svg'): Promise<string>;
export function renderInPool(tree: unknown, format: 'png'): Promise<Uint8Array>;
export function renderInPool(tree: unknown, format: Format): Promise<string | Uint8Array> {
  return new Promise((resolve, reject) => {
    queue.push({ tree, format, resolve, reject });
    const idle = slots.find((s) => s.job === undefined);
    if (idle) feed(idle);
    else if (slots.length < THREADS) feed(start());
  });
}

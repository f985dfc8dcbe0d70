/**
 * Reads pages into the reading cache on worker threads (`read-ahead-worker.ts`), one per core up
 * to four, before the archive is loaded (`ReadingCache.readAhead`). Only a head start: a page a
 * worker could not read is read again as the archive loads, where its error is reported with its
 * file and line.
 */
import { availableParallelism } from "node:os";
import { startTsWorker } from "../build/ts-worker.js";
import type { ReadOptions } from "../read/types.js";

/** A page to read: its text and options, and its entry's name in the cache. */
export interface PageToRead {
  name: string;
  text: string;
  options: ReadOptions;
}

/** What a worker is sent: the cache's folder and its share of the pages. */
export interface ReadAheadJob {
  dir: string;
  pages: PageToRead[];
}

/** Fewer pages than this a worker each are read as the archive loads: starting one costs ~0.3 s. */
const PAGES_PER_WORKER = 100;

export async function readOnEveryCore(dir: string, pages: readonly PageToRead[]): Promise<void> {
  const count = Math.min(availableParallelism(), 4, Math.floor(pages.length / PAGES_PER_WORKER));
  if (count < 2) return;
  // Dealt out in turn, so that each worker gets pages of every size.
  const shares = Array.from({ length: count }, (_, w) => pages.filter((_, i) => i % count === w));
  await Promise.all(shares.map((share) => readShare({ dir, pages: share })));
}

function readShare(job: ReadAheadJob): Promise<void> {
  const worker = startTsWorker(new URL("./read-ahead-worker.ts", import.meta.url));
  return new Promise<void>((resolve) => {
    // Whatever happens, the pages left unread are read as the archive loads.
    worker.once("message", () => resolve());
    worker.once("error", () => resolve());
    worker.once("exit", () => resolve());
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}

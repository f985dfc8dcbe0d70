/**
 * Writes one shard's Pagefind bundle from its records. Run in a child process of its own
 * (`shard-process.ts`, forked by `indexer.ts`): each process has its own Pagefind service, so two
 * shards index at once on two cores, and the service's memory is returned when the process ends.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** A record as Pagefind reads it: the item's URL and its HTML document (`record.ts`). */
export interface ShardRecord {
  url: string;
  content: string;
  /** For error messages: the page file the item was read from. */
  source: string;
}

export interface ShardJob {
  outputPath: string;
  language: string;
  records: ShardRecord[];
}

export type ShardOutcome = { ok: true } | { ok: false; message: string };

/** Files Pagefind writes that the search page never loads (its own UIs and worker). */
const UNUSED_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
];

/** Adds records a few at a time: the service answers in order, and a bounded batch keeps memory flat. */
const BATCH = 64;

export async function writeShard(job: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: job.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (let i = 0; i < job.records.length; i += BATCH) {
      const batch = job.records.slice(i, i + BATCH);
      const responses = await Promise.all(
        batch.map(({ url, content }) => index.addHTMLFile({ url, content })),
      );
      responses.forEach((r, j) => {
        if (r.errors.length) throw new Error(`Pagefind rejected ${batch[j]!.source}: ${r.errors.join("; ")}`);
      });
    }
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length)
      throw new Error(`writing ${job.outputPath} failed: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_FILES.map((f) => rm(join(job.outputPath, f), { force: true })));
}

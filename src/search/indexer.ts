/**
 * Writes the search index of an archive into a built site: one Pagefind bundle per shard under
 * `pagefind/<shard>/`, `pagefind/shards.json` (the list the search page loads them from) and the
 * pair directory `pagefind/pairs/` (which shards hold each character pair, and in how many
 * records: `directory.ts`).
 *
 * Shards are indexed one after another, each by a fresh Pagefind process that is closed before the
 * next starts, so peak memory is one shard's, whatever the archive's size. This is also the entry
 * point `npm run bench` calls to time and measure indexing on its own.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { Archive } from "../model.js";
import { shapeContext, type ShapeContext } from "../shape/context.js";
import { listItems } from "../shape/entries.js";
import { recordHtml, searchRecord } from "./record.js";
import { shardEntries, type Shard } from "./shards.js";
import { DIRECTORY_DIR, PairDirectory } from "./directory.js";
import { shardLanguage, type ShardManifest, SHARDS_FILE, BUNDLE_DIR } from "./manifest.js";

export interface IndexOptions {
  /** Most items in one shard; bounds the indexer's memory (see `docs/search.md`). */
  maxRecordsPerShard?: number;
}

/** What the indexing did, for the build log and the benchmark. */
export interface IndexReport {
  records: number;
  shards: { key: string; records: number; seconds: number }[];
  seconds: number;
}

/**
 * Every shard a search opens costs its whole Pagefind metadata, ~13.5 bytes per item on the wire:
 * 1,000 items keep it near 13 KB, so that a cold query (runtime, metadata, one index chunk, ten
 * fragments) stays within 150 KB whichever shard it opens first (`docs/search.md`). It also bounds
 * the indexer's memory: ~0.45 GB of Pagefind per shard.
 */
export const DEFAULT_MAX_RECORDS_PER_SHARD = 1000;

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

export async function indexArchive(
  archive: Archive,
  outputDir: string,
  options: IndexOptions = {},
): Promise<IndexReport> {
  const started = performance.now();
  const ctx = shapeContext(archive.config);
  const shards = shardEntries(
    listItems(archive),
    options.maxRecordsPerShard ?? DEFAULT_MAX_RECORDS_PER_SHARD,
  );
  const bundleRoot = join(outputDir, BUNDLE_DIR);
  await rm(bundleRoot, { recursive: true, force: true });
  await mkdir(bundleRoot, { recursive: true });
  const report: IndexReport = { records: 0, shards: [], seconds: 0 };
  const directory = new PairDirectory();
  for (const [i, shard] of shards.entries()) {
    const t = performance.now();
    // Shards are numbered as the manifest lists them: newest first.
    const addRecord = (tokens: string[]): void => directory.addRecord(shards.length - 1 - i, tokens);
    await indexShard(shard, ctx, join(bundleRoot, shard.key), addRecord);
    report.records += shard.entries.length;
    report.shards.push({
      key: shard.key,
      records: shard.entries.length,
      seconds: (performance.now() - t) / 1000,
    });
  }
  const buckets = directory.bucketCount();
  const manifest: ShardManifest = {
    directoryBuckets: buckets,
    // Newest first: the order the search page walks them by default.
    shards: [...shards].reverse().map((s) => ({
      key: s.key,
      language: shardLanguage(s.key),
      path: `${s.key}/`,
      records: s.entries.length,
      first: s.first,
      last: s.last,
    })),
  };
  await writeFile(join(bundleRoot, SHARDS_FILE), JSON.stringify(manifest));
  await mkdir(join(bundleRoot, DIRECTORY_DIR));
  for (const [bucket, json] of directory.files(shards.length, buckets))
    await writeFile(join(bundleRoot, DIRECTORY_DIR, `${bucket}.json`), json);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function indexShard(
  shard: Shard,
  ctx: ShapeContext,
  outputPath: string,
  addRecord: (tokens: string[]) => void,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: shardLanguage(shard.key) });
  if (!index)
    throw new Error(`search: Pagefind could not start for shard ${shard.key}: ${errors.join("; ")}`);
  try {
    for (let i = 0; i < shard.entries.length; i += BATCH) {
      const batch = shard.entries.slice(i, i + BATCH);
      const responses = await Promise.all(
        batch.map((entry) => {
          const record = searchRecord(ctx, entry);
          addRecord([...record.fields.flatMap((field) => field.tokens), ...record.numbers]);
          return index.addHTMLFile({ url: record.url, content: recordHtml(record) });
        }),
      );
      responses.forEach((r, j) => {
        if (r.errors.length)
          throw new Error(
            `search: Pagefind rejected ${batch[j]!.path} (${batch[j]!.page.file}): ${r.errors.join("; ")}`,
          );
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length)
      throw new Error(`search: writing ${outputPath} failed: ${written.errors.join("; ")}`);
  } finally {
    // Ending the process, not just the index, is what returns its memory before the next shard.
    await pagefind.close();
  }
  await Promise.all(UNUSED_FILES.map((f) => rm(join(outputPath, f), { force: true })));
}

/**
 * Writes the search index of an archive into a built site: one Pagefind bundle per shard under
 * `pagefind/<shard>/`, `pagefind/shards.json` (the list the search page loads them from) and the
 * pair directory `pagefind/pairs/` (which shards hold each character pair, and in how many
 * records: `directory.ts`).
 *
 * Shards are indexed two at a time, each by a fresh process of its own (`shard-process.ts`) that
 * ends when its shard is written, so peak memory is two shards', whatever the archive's size. This
 * is also the entry point `npm run bench` calls to time and measure indexing on its own.
 */
import { fork } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Archive } from "../model.js";
import { shapeContext, type ShapeContext } from "../shape/context.js";
import { listItems } from "../shape/entries.js";
import { recordHtml, searchRecord } from "./record.js";
import { shardEntries, type Shard } from "./shards.js";
import { DIRECTORY_DIR, PairDirectory } from "./directory.js";
import { shardLanguage, type ShardManifest, SHARDS_FILE, BUNDLE_DIR } from "./manifest.js";
import type { ShardJob, ShardOutcome } from "./shard-writer.js";

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

/**
 * Shards indexed at once, each in its own process with its own Pagefind service (~0.45 GB at
 * 1,000 items): two use both cores of a small machine and keep a year's build under 3 GB.
 */
const PARALLEL_SHARDS = Math.min(2, availableParallelism());

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
  let next = 0;
  // Each runner takes the next shard until none is left; a failure stops both from taking more.
  const runner = async (): Promise<void> => {
    while (next < shards.length) {
      const i = next++;
      const shard = shards[i]!;
      const t = performance.now();
      // Shards are numbered as the manifest lists them: newest first. A shard's records are built,
      // and fed to the directory, all at once, before the next shard's.
      const addRecord = (tokens: string[]): void => directory.addRecord(shards.length - 1 - i, tokens);
      const job = shardJob(shard, ctx, join(bundleRoot, shard.key), addRecord);
      try {
        await runShardProcess(job, shard.key);
      } catch (error) {
        next = shards.length;
        throw error;
      }
      report.shards[i] = {
        key: shard.key,
        records: shard.entries.length,
        seconds: (performance.now() - t) / 1000,
      };
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_SHARDS }, runner));
  report.records = shards.reduce((n, shard) => n + shard.entries.length, 0);
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

/** The Pagefind job of one shard: its records as HTML documents, the directory fed on the way. */
function shardJob(
  shard: Shard,
  ctx: ShapeContext,
  outputPath: string,
  addRecord: (tokens: string[]) => void,
): ShardJob {
  const records = shard.entries.map((entry) => {
    const record = searchRecord(ctx, entry);
    addRecord(record.fields.flatMap((field) => field.tokens));
    return { url: record.url, content: recordHtml(record), source: `${entry.path} (${entry.page.file})` };
  });
  return { outputPath, language: shardLanguage(shard.key), records };
}

/**
 * Longest a shard may take (a 1,000-item shard takes ~10 s here). Pagefind 1.6 does not answer
 * when writing fails (its service panics, e.g. on an output path through a file): the build must
 * stop with a message rather than wait for ever.
 */
const SHARD_TIMEOUT_MS = 10 * 60 * 1000;

/** Runs a job in a forked `shard-process.ts`, with the loader flags this process runs under (tsx). */
function runShardProcess(job: ShardJob, key: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(SHARD_PROCESS, [], { execArgv: process.execArgv, serialization: "advanced" });
    let outcome: ShardOutcome | null = null;
    const timer = setTimeout(() => {
      outcome = { ok: false, message: `indexing did not finish in ${SHARD_TIMEOUT_MS / 1000} s` };
      child.kill("SIGKILL");
    }, SHARD_TIMEOUT_MS);
    child.once("message", (m: ShardOutcome) => (outcome ??= m));
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (outcome?.ok) resolve();
      else
        reject(
          new Error(`search: shard ${key}: ${outcome?.message ?? `indexing process exited with ${code}`}`),
        );
    });
    child.send(job);
  });
}

const SHARD_PROCESS = fileURLToPath(new URL("./shard-process.ts", import.meta.url));

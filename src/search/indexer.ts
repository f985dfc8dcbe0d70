/**
 * Writes the search index of an archive into a built site: one Pagefind bundle per shard under
 * `pagefind/<shard>/`, `pagefind/shards.json` (the list the search page loads them from) and the
 * pair directory `pagefind/pairs/` (which shards hold each character pair, and in how many
 * records: `directory.ts`).
 *
 * Shards are indexed on index lanes (`index-lanes.ts`), as many at once as the machine has cores
 * (up to four), each by a fresh Pagefind process that is closed before its lane's next shard
 * starts, so peak memory is a few shards', whatever the archive's size. A shard whose issues,
 * settings and code are those of a shard indexed before is taken from the cache instead
 * (`shard-cache.ts`): a daily build indexes one shard. This is also the entry point `npm run bench`
 * calls to time and measure indexing on its own.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Archive } from "../model.js";
import { shapeContext, type ShapeContext } from "../shape/context.js";
import { listItems, type ItemEntry } from "../shape/entries.js";
import { recordHtml, searchRecord } from "./record.js";
import { shardEntries, type Shard } from "./shards.js";
import { searchCodeVersion, ShardCache, shardHash } from "./shard-cache.js";
import { countShardTokens, DIRECTORY_DIR, type ShardTokens } from "./directory.js";
import { shardsDirectory } from "./directory-cache.js";
import { shardLanguage, type ShardManifest, SHARDS_FILE, BUNDLE_DIR } from "./manifest.js";
import { IndexLanes, type ShardJob } from "./index-lanes.js";

export interface IndexOptions {
  /** Most items in one shard; bounds the indexer's memory (see `docs/search.md`). */
  maxRecordsPerShard?: number;
  /** Folder of the shard cache (`shard-cache.ts`); without one, every shard is indexed. */
  cacheDir?: string;
  /** Told of each shard as it is done, in order: the build's progress lines. */
  onShard?: (shard: ShardReport, done: number, of: number) => void;
}

/** One shard of the report. */
export interface ShardReport {
  key: string;
  records: number;
  seconds: number;
  /** How its bundle came: indexed by Pagefind, copied from the cache, or kept from this process's
   * previous build into the same folder (`npm start`). */
  source: "indexed" | "cache" | "kept";
}

/** What the indexing did, for the build log, the tests and the benchmark. */
export interface IndexReport {
  records: number;
  shards: ShardReport[];
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
 * What this process last wrote to each shard folder: the dev server rebuilds into the same
 * output, and a shard whose hash has not changed is left as it is, not even linked again.
 */
const writtenByThisProcess = new Map<string, ShardPart>();

/** Directory files written at once: enough to keep libuv's threads busy, few enough to hold. */
const DIRECTORY_BATCH = 256;

/** The lanes of this process, started with its first index and kept for `npm start`'s rebuilds. */
let lanes: IndexLanes | null = null;

/** A shard's job for its lane, and every token of its records, for the pair directory. */
function shardJob(
  ctx: ShapeContext,
  entries: readonly ItemEntry[],
  language: string,
  outputPath: string,
): { job: ShardJob; tokens: ShardTokens } {
  const tokens: string[][] = [];
  const records = entries.map((entry) => {
    const record = searchRecord(ctx, entry);
    tokens.push([...record.fields.flatMap((field) => field.tokens), ...record.numbers]);
    return { url: record.url, html: recordHtml(record), source: `${entry.path} (${entry.page.file})` };
  });
  return { job: { records, language, outputPath }, tokens: countShardTokens(tokens) };
}

/** A shard as the pair directory takes it: its hash and its token counts. */
interface ShardPart {
  hash: string;
  tokens: ShardTokens;
}

/**
 * A shard whose bundle can be put in place without Pagefind: left where this process wrote it in
 * its last build (`npm start`), or restored from the cache. Null when it must be indexed; its
 * folder is then empty.
 */
async function reuseShard(
  folder: string,
  hash: string,
  cache: ShardCache | null,
): Promise<{ part: ShardPart; source: "kept" | "cache" } | null> {
  const kept = writtenByThisProcess.get(folder);
  if (kept?.hash === hash && existsSync(folder)) return { part: kept, source: "kept" };
  writtenByThisProcess.delete(folder);
  await rm(folder, { recursive: true, force: true });
  const tokens = (await cache?.restore(hash, folder)) ?? null;
  if (!tokens) return null;
  writtenByThisProcess.set(folder, { hash, tokens });
  return { part: { hash, tokens }, source: "cache" };
}

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
  const cache = options.cacheDir ? new ShardCache(options.cacheDir) : null;
  const code = searchCodeVersion();
  const bundleRoot = join(outputDir, BUNDLE_DIR);
  await mkdir(bundleRoot, { recursive: true });
  // Whatever is not a shard of this build goes: old shards, the old directory.
  const keys = new Set(shards.map((s) => s.key));
  for (const name of await readdir(bundleRoot))
    if (!keys.has(name)) await rm(join(bundleRoot, name), { recursive: true, force: true });
  const report: IndexReport = { records: 0, shards: [], seconds: 0 };
  /** Each shard's part of the pair directory, oldest first. */
  const parts: ShardPart[] = [];
  const writing: Promise<void>[] = [];
  let done = 0;
  lanes ??= new IndexLanes();
  for (const [i, shard] of shards.entries()) {
    const t = performance.now();
    const language = shardLanguage(shard.key);
    const hash = shardHash(code, archive.config, language, [...new Set(shard.entries.map((e) => e.issue))]);
    const folder = join(bundleRoot, shard.key);
    report.records += shard.entries.length;
    const finish = (part: ShardPart, source: ShardReport["source"]): void => {
      parts[i] = part;
      const seconds = (performance.now() - t) / 1000;
      report.shards[i] = { key: shard.key, records: shard.entries.length, seconds, source };
      options.onShard?.(report.shards[i], ++done, shards.length);
    };
    const reused = await reuseShard(folder, hash, cache);
    if (reused) {
      finish(reused.part, reused.source);
      continue;
    }
    let tokens: ShardTokens = { tokens: [], records: [] };
    const { done: written } = await lanes.start(() => {
      const made = shardJob(ctx, shard.entries, language, folder);
      tokens = made.tokens;
      return made.job;
    });
    const saved = written.then(async () => {
      await cache?.save(hash, folder, tokens);
      writtenByThisProcess.set(folder, { hash, tokens });
      finish({ hash, tokens }, "indexed");
    });
    // Awaited below with the others; until then its failure must not count as unhandled.
    saved.catch(() => undefined);
    writing.push(saved);
  }
  await Promise.all(writing);
  await cache?.prune();
  await writeDirectory(bundleRoot, shards, parts, options.cacheDir);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** `shards.json` and the pair directory of every shard, newest first as the search walks them. */
async function writeDirectory(
  bundleRoot: string,
  shards: readonly Shard[],
  parts: readonly ShardPart[],
  cacheDir: string | undefined,
): Promise<void> {
  const directory = await shardsDirectory(parts, cacheDir);
  const buckets = directory.bucketCount();
  const manifest: ShardManifest = {
    directoryBuckets: buckets,
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
  // Shards are numbered as the manifest lists them: newest first.
  const newestFirst = (i: number): number => shards.length - 1 - i;
  // 16,384 small files: written a batch at a time, not each awaited in turn.
  const batch: Promise<void>[] = [];
  for (const [bucket, json] of directory.files(shards.length, buckets, newestFirst)) {
    batch.push(writeFile(join(bundleRoot, DIRECTORY_DIR, `${bucket}.json`), json));
    if (batch.length === DIRECTORY_BATCH) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

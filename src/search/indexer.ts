/**
 * Writes the search index of an archive into a built site: one Pagefind bundle per shard under
 * `pagefind/<shard>/`, `pagefind/shards.json` (the list the search page loads them from) and the
 * pair directory `pagefind/pairs/` (which shards hold each character pair, and in how many
 * records: `directory.ts`).
 *
 * Shards are indexed one after another, each by a fresh Pagefind process that is closed before the
 * next starts, so peak memory is one shard's, whatever the archive's size. A shard whose issues,
 * settings and code are those of a shard indexed before is taken from the cache instead
 * (`shard-cache.ts`): a daily build indexes one shard. This is also the entry point `npm run bench`
 * calls to time and measure indexing on its own.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { Archive } from "../model.js";
import { shapeContext, type ShapeContext } from "../shape/context.js";
import { listItems, type ItemEntry } from "../shape/entries.js";
import { recordHtml, searchRecord } from "./record.js";
import { shardEntries } from "./shards.js";
import { searchCodeVersion, ShardCache, shardHash } from "./shard-cache.js";
import { countShardTokens, DIRECTORY_DIR, type ShardTokens } from "./directory.js";
import { shardsDirectory } from "./directory-cache.js";
import { shardLanguage, type ShardManifest, SHARDS_FILE, BUNDLE_DIR } from "./manifest.js";

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

/**
 * What this process last wrote to each shard folder: the dev server rebuilds into the same
 * output, and a shard whose hash has not changed is left as it is, not even linked again.
 */
const writtenByThisProcess = new Map<string, { hash: string; tokens: ShardTokens }>();

/** A shard's records as Pagefind is given them. */
interface RecordFile {
  url: string;
  html: string;
  /** Every token of the record, for the pair directory. */
  tokens: string[];
  path: string;
  file: string;
}

function recordFile(ctx: ShapeContext, entry: ItemEntry): RecordFile {
  const record = searchRecord(ctx, entry);
  return {
    url: record.url,
    html: recordHtml(record),
    tokens: [...record.fields.flatMap((field) => field.tokens), ...record.numbers],
    path: entry.path,
    file: entry.page.file,
  };
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
  /** Each shard's hash and token counts, oldest first, for the pair directory. */
  const indexed: { hash: string; tokens: ShardTokens }[] = [];
  for (const [i, shard] of shards.entries()) {
    const t = performance.now();
    const language = shardLanguage(shard.key);
    const hash = shardHash(code, archive.config, language, [...new Set(shard.entries.map((e) => e.issue))]);
    const folder = join(bundleRoot, shard.key);
    const kept = writtenByThisProcess.get(folder);
    let tokens = kept?.hash === hash && existsSync(folder) ? kept.tokens : null;
    let source: ShardReport["source"] = "kept";
    if (!tokens) {
      writtenByThisProcess.delete(folder);
      await rm(folder, { recursive: true, force: true });
      source = "cache";
      tokens = (await cache?.restore(hash, folder)) ?? null;
      if (!tokens) {
        source = "indexed";
        const records = shard.entries.map((entry) => recordFile(ctx, entry));
        tokens = countShardTokens(records.map((r) => r.tokens));
        await indexShard(records, language, folder);
        await cache?.save(hash, folder, tokens);
      }
      writtenByThisProcess.set(folder, { hash, tokens });
    }
    indexed.push({ hash, tokens });
    report.records += shard.entries.length;
    const done: ShardReport = {
      key: shard.key,
      records: shard.entries.length,
      seconds: (performance.now() - t) / 1000,
      source,
    };
    report.shards.push(done);
    options.onShard?.(done, i + 1, shards.length);
  }
  await cache?.prune();
  const directory = await shardsDirectory(indexed, options.cacheDir);
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
  // Shards are numbered as the manifest lists them: newest first.
  const newestFirst = (i: number): number => shards.length - 1 - i;
  for (const [bucket, json] of directory.files(shards.length, buckets, newestFirst))
    await writeFile(join(bundleRoot, DIRECTORY_DIR, `${bucket}.json`), json);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function indexShard(
  records: readonly RecordFile[],
  language: string,
  outputPath: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`search: Pagefind could not start for ${outputPath}: ${errors.join("; ")}`);
  try {
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const responses = await Promise.all(
        batch.map((record) => index.addHTMLFile({ url: record.url, content: record.html })),
      );
      responses.forEach((r, j) => {
        if (r.errors.length)
          throw new Error(
            `search: Pagefind rejected ${batch[j]!.path} (${batch[j]!.file}): ${r.errors.join("; ")}`,
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

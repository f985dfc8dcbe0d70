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
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Archive } from "../model.js";
import { shapeContext, type ShapeContext } from "../shape/context.js";
import { listItems, type ItemEntry } from "../shape/entries.js";
import { recordHtml, searchRecord, type SearchRecord } from "./record.js";
import { shardEntries, type Shard } from "./shards.js";
import { searchCodeVersion, ShardCache, shardHash } from "./shard-cache.js";
import { DIRECTORY_DIR, ShardTokenCounter, type ShardTokens } from "./directory.js";
import { shardsDirectory, type DirectoryShard } from "./directory-cache.js";
import { shardLanguage, type ShardManifest, SHARDS_FILE, BUNDLE_DIR } from "./manifest.js";
import { IndexLanes, type ShardJob } from "./index-lanes.js";
import { FileJobs } from "../build/file-jobs.js";

export interface IndexOptions {
  /** Most items in one shard; bounds the indexer's memory (see `docs/search.md`). */
  maxRecordsPerShard?: number;
  /** Folder of the shard cache (`shard-cache.ts`); without one, every shard is indexed. */
  cacheDir?: string;
  /** Told of each shard as it is done, in order: the build's progress lines. */
  onShard?: (shard: ShardReport, done: number, of: number) => void;
  /**
   * Told once every shard is on a lane or reused and the pair directory is made: what is left is
   * Pagefind's last shards and the writing of files, off the main thread.
   */
  onAssembled?: () => void;
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
const writtenByThisProcess = new Map<string, DirectoryShard>();

/** The lanes of this process, started with its first index and kept for `npm start`'s rebuilds. */
let lanes: IndexLanes | null = null;

/**
 * Links the cached shards' bundles into the site and writes the pair directory's files, beside the
 * main thread (`file-jobs.ts`), which under a daily build is rendering meanwhile.
 */
const files = new FileJobs();

/** Every token of a record, field after field, then its number tokens. */
function* recordTokens(record: SearchRecord): Generator<string> {
  for (const field of record.fields) yield* field.tokens;
  yield* record.numbers;
}

/** A shard's job for its lane, and every token of its records, for the pair directory. */
function shardJob(
  ctx: ShapeContext,
  entries: readonly ItemEntry[],
  language: string,
  outputPath: string,
): { job: ShardJob; tokens: ShardTokens } {
  const counter = new ShardTokenCounter();
  const records = entries.map((entry) => {
    const record = searchRecord(ctx, entry);
    counter.add(recordTokens(record));
    return { url: record.url, html: recordHtml(record), source: `${entry.path} (${entry.page.file})` };
  });
  return { job: { records, language, outputPath }, tokens: counter.counts() };
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
): Promise<{ part: DirectoryShard; source: "kept" | "cache" } | null> {
  const kept = writtenByThisProcess.get(folder);
  if (kept?.hash === hash && existsSync(folder)) return { part: kept, source: "kept" };
  writtenByThisProcess.delete(folder);
  // Linked over whatever the folder holds: a build into the last build's folder finds the
  // shard's files there, and leaves them.
  if (!cache?.restore(hash, folder, files)) {
    await rm(folder, { recursive: true, force: true });
    return null;
  }
  const part = { hash, tokens: () => cache.tokens(hash) };
  writtenByThisProcess.set(folder, part);
  return { part, source: "cache" };
}

/** One shard of a run: what its hash is made of, and where it goes. */
interface ShardPlan {
  i: number;
  shard: Shard;
  language: string;
  hash: string;
  folder: string;
  started: number;
}

/** One indexing of an archive: each shard reused or indexed, and the report of it. */
class IndexRun {
  readonly report: IndexReport = { records: 0, shards: [], seconds: 0 };
  /** Each shard's part of the pair directory, oldest first. */
  readonly parts: DirectoryShard[] = [];
  /** The shards on lanes, each until its bundle is written and cached. */
  private readonly writing: Promise<void>[] = [];
  private done = 0;
  /** The shards Pagefind is to index: neither kept from this process's last build nor in the cache. */
  private readonly toIndex: readonly ShardPlan[];

  constructor(
    private readonly ctx: ShapeContext,
    private readonly plans: readonly ShardPlan[],
    private readonly cache: ShardCache | null,
    private readonly onShard: IndexOptions["onShard"],
  ) {
    for (const plan of plans) this.report.records += plan.shard.entries.length;
    this.toIndex = plans.filter(
      (plan) =>
        writtenByThisProcess.get(plan.folder)?.hash !== plan.hash && !(cache?.has(plan.hash) ?? false),
    );
  }

  /**
   * Shards for Pagefind go to the lanes first; those from the cache are linked meanwhile.
   * Resolves once every shard's part of the pair directory is known (`parts`); `written` then
   * waits for the shards Pagefind is still writing.
   */
  async gather(): Promise<void> {
    const dispatching = (async () => {
      for (const plan of this.toIndex) await this.index(plan);
    })();
    // Awaited below; until then its failure must not count as unhandled.
    dispatching.catch(() => undefined);
    for (const plan of this.plans.filter((p) => !this.toIndex.includes(p))) {
      const reused = await reuseShard(plan.folder, plan.hash, this.cache);
      if (reused) {
        this.parts[plan.i] = reused.part;
        this.finish(plan, reused.source);
      }
      // Gone from the cache under us (another build's pruning): indexed after all.
      else await this.index(plan);
    }
    await dispatching;
  }

  async written(): Promise<void> {
    await Promise.all(this.writing);
  }

  /** Resolves once the shard is on a lane, its part known; its writing joins `writing`. */
  private async index(plan: ShardPlan): Promise<void> {
    plan.started = performance.now();
    await rm(plan.folder, { recursive: true, force: true });
    let tokens: ShardTokens = { tokens: [], records: [] };
    const { done: written } = await (lanes ??= new IndexLanes()).start(() => {
      const made = shardJob(this.ctx, plan.shard.entries, plan.language, plan.folder);
      tokens = made.tokens;
      return made.job;
    });
    const part = { hash: plan.hash, tokens: () => Promise.resolve(tokens) };
    this.parts[plan.i] = part;
    // Told as soon as Pagefind has written it: keeping it in the cache may wait for the file
    // worker and for turns of a main thread that renders meanwhile.
    const saved = written.then(async () => {
      this.finish(plan, "indexed");
      await this.cache?.save(plan.hash, plan.folder, tokens, files);
      writtenByThisProcess.set(plan.folder, part);
    });
    saved.catch(() => undefined);
    this.writing.push(saved);
  }

  private finish(plan: ShardPlan, source: ShardReport["source"]): void {
    const { key, entries } = plan.shard;
    const shard: ShardReport = {
      key,
      records: entries.length,
      seconds: (performance.now() - plan.started) / 1000,
      source,
    };
    this.report.shards[plan.i] = shard;
    this.onShard?.(shard, ++this.done, this.plans.length);
  }
}

export async function indexArchive(
  archive: Archive,
  outputDir: string,
  options: IndexOptions = {},
): Promise<IndexReport> {
  const started = performance.now();
  const shards = shardEntries(
    listItems(archive),
    options.maxRecordsPerShard ?? DEFAULT_MAX_RECORDS_PER_SHARD,
  );
  const code = searchCodeVersion();
  const bundleRoot = join(outputDir, BUNDLE_DIR);
  await mkdir(bundleRoot, { recursive: true });
  // Whatever is not a shard of this build goes: old shards (the pair directory is written over).
  const keys = new Set([...shards.map((s) => s.key), DIRECTORY_DIR]);
  for (const name of await readdir(bundleRoot))
    if (!keys.has(name)) await rm(join(bundleRoot, name), { recursive: true, force: true });
  const plans = shards.map((shard, i): ShardPlan => {
    const language = shardLanguage(shard.key);
    const issues = [...new Set(shard.entries.map((e) => e.issue))];
    const hash = shardHash(code, archive.config, language, issues);
    return { i, shard, language, hash, folder: join(bundleRoot, shard.key), started: performance.now() };
  });
  const cache = options.cacheDir ? new ShardCache(options.cacheDir) : null;
  const run = new IndexRun(shapeContext(archive.config), plans, cache, options.onShard);
  await run.gather();
  await writeDirectory(bundleRoot, shards, run.parts, options.cacheDir);
  options.onAssembled?.();
  await run.written();
  await files.flush().catch((error: unknown) => {
    // A shard folder may be half linked: none is taken as it is by the next build of `npm start`.
    writtenByThisProcess.clear();
    throw error;
  });
  await cache?.prune();
  run.report.seconds = (performance.now() - started) / 1000;
  return run.report;
}

/** `shards.json` and the pair directory of every shard, newest first as the search walks them. */
async function writeDirectory(
  bundleRoot: string,
  shards: readonly Shard[],
  parts: readonly DirectoryShard[],
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
  files.send([{ kind: "write", to: join(bundleRoot, SHARDS_FILE), text: JSON.stringify(manifest) }]);
  // Shards are numbered as the manifest lists them: newest first.
  const newestFirst = (i: number): number => shards.length - 1 - i;
  const written = [...directory.files(shards.length, buckets, newestFirst)].map(([bucket, text]) => ({
    name: `${bucket}.json`,
    text,
  }));
  files.send([{ kind: "folder", to: join(bundleRoot, DIRECTORY_DIR), files: written }]);
}

/**
 * The pair directory kept between builds, in the shard cache's folder as `directory-<hash>.txt`,
 * the hash taken over the hashes (`shardHash`) of the shards it holds: the last build's directory
 * of all its shards, and of all but its newest. A daily build either changes the newest shard
 * (the others' directory is then the second) or starts a new one (the first): it reads that back
 * and adds the newest shard's counts, instead of merging a year's ~3.8 million shard entries
 * again (~1.5 s), or even reading every shard's counts back from the cache (~0.4 s).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PairDirectory, type ShardTokens } from "./directory.js";
import { writeWhole } from "../build/write-whole.js";

/** Bumped when the saved text's layout changes. */
const FORMAT = "directory 1";
const SAVED = /^directory-[0-9a-f]{64}\.txt$/;

/** A shard as the directory takes it: its hash, and its token counts when they are needed. */
export interface DirectoryShard {
  hash: string;
  tokens: () => Promise<ShardTokens>;
}

/**
 * The directory of `shards` (oldest first), each numbered as its place in that order; from a
 * saved directory when there is one for them, or for all but the newest.
 */
export async function shardsDirectory(
  shards: readonly DirectoryShard[],
  cacheDir: string | undefined,
): Promise<PairDirectory> {
  const saved = (key: string): string | null => (cacheDir ? join(cacheDir, `directory-${key}.txt`) : null);
  const allKey = keyOf(shards);
  const olderKey = keyOf(shards.slice(0, -1));
  const all = await read(saved(allKey));
  if (all) {
    if (cacheDir) await prune(cacheDir, [saved(allKey), saved(olderKey)]);
    return all;
  }
  let directory = await read(saved(olderKey));
  if (!directory) {
    directory = new PairDirectory();
    for (const [i, shard] of shards.slice(0, -1).entries()) directory.addShard(i, await shard.tokens());
    await save(saved(olderKey), directory);
  }
  const newest = shards[shards.length - 1];
  if (newest) directory.addShard(shards.length - 1, await newest.tokens());
  await save(saved(allKey), directory);
  if (cacheDir) await prune(cacheDir, [saved(allKey), saved(olderKey)]);
  return directory;
}

const keyOf = (shards: readonly DirectoryShard[]): string =>
  createHash("sha256")
    .update(`${FORMAT}\0${shards.map((s) => s.hash).join("\0")}`)
    .digest("hex");

/** The directory saved in `file`; null when there is none (or another build's pruning took it). */
async function read(file: string | null): Promise<PairDirectory | null> {
  if (!file || !existsSync(file)) return null;
  return readFile(file, "utf8").then(PairDirectory.fromText, () => null);
}

/** Kept for the next build, unless kept already (`writeWhole`). */
async function save(file: string | null, directory: PairDirectory): Promise<void> {
  if (!file || existsSync(file)) return;
  await mkdir(dirname(file), { recursive: true });
  writeWhole(file, directory.toText());
}

async function prune(cacheDir: string, keep: (string | null)[]): Promise<void> {
  if (!existsSync(cacheDir)) return;
  for (const name of await readdir(cacheDir))
    if (SAVED.test(name) && !keep.includes(join(cacheDir, name)))
      await rm(join(cacheDir, name), { force: true });
}

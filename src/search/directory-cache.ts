/**
 * The pair directory of every shard but the newest, kept between builds in the shard cache's
 * folder as `directory-<hash>.txt`, the hash taken over those shards' own hashes (`shardHash`).
 * A daily build changes the newest shard only: it reads this back and adds the newest shard's
 * counts, instead of merging a year's ~3.8 million shard entries again (~2.5 s). `npm start`
 * keeps it in memory between rebuilds too. Only the last one is kept.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PairDirectory, type ShardTokens } from "./directory.js";

/** Bumped when the saved text's layout changes. */
const FORMAT = "directory 1";
const SAVED = /^directory-[0-9a-f]{64}\.txt$/;

let inThisProcess: { key: string; older: PairDirectory } | null = null;

/**
 * The directory of `shards` (oldest first: each shard's hash and its token counts), each numbered
 * as its place in that order; from the saved directory of all but the newest when there is one.
 */
export async function shardsDirectory(
  shards: readonly { hash: string; tokens: ShardTokens }[],
  cacheDir: string | undefined,
): Promise<PairDirectory> {
  const older = shards.slice(0, -1);
  const key = createHash("sha256")
    .update(`${FORMAT}\0${older.map((s) => s.hash).join("\0")}`)
    .digest("hex");
  const file = cacheDir ? join(cacheDir, `directory-${key}.txt`) : null;
  let directory = inThisProcess?.key === key ? inThisProcess.older : null;
  // Removed under us by another build's pruning: made again below.
  if (!directory && file && existsSync(file))
    directory = await readFile(file, "utf8").then(PairDirectory.fromText, () => null);
  if (!directory) {
    directory = new PairDirectory();
    for (const [i, shard] of older.entries()) directory.addShard(i, shard.tokens);
    if (file) await save(file, directory);
  }
  if (cacheDir) await prune(cacheDir, file);
  inThisProcess = { key, older: directory };
  const all = directory.copy();
  const newest = shards[shards.length - 1];
  if (newest) all.addShard(shards.length - 1, newest.tokens);
  return all;
}

/** Written under a name of its own and renamed into place: a reader never sees half of it. */
async function save(file: string, directory: PairDirectory): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString("hex")}`;
  await writeFile(temp, directory.toText());
  await rename(temp, file);
}

async function prune(cacheDir: string, keep: string | null): Promise<void> {
  if (!existsSync(cacheDir)) return;
  for (const name of await readdir(cacheDir))
    if (SAVED.test(name) && join(cacheDir, name) !== keep) await rm(join(cacheDir, name), { force: true });
}

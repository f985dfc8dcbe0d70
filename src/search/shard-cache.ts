/**
 * The cache of indexed shards: each shard's Pagefind bundle, kept under `<cache>/<hash>/`, the hash
 * taken over everything Pagefind is given for the shard (its language tag and every record's URL
 * and HTML) and the Pagefind version. A shard whose records did not change is copied from here
 * instead of indexed again: a daily build indexes the newest shard only (`shards.ts` keeps the
 * others' ranges fixed). Copies, byte for byte, of what Pagefind wrote, so a build from the cache
 * writes the same bytes as a clean one.
 *
 * Entries are written to a temporary name and renamed into place, so a build that dies half-way,
 * or two builds at once, never leave a half-written entry under a hash. Entries the last build did
 * not use are removed, so the cache holds about one archive's index.
 */
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, readdir, rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Bumped when the indexer changes what it does with Pagefind's output (files it removes, options
 * it passes), which the records alone do not show.
 */
const INDEXER_VERSION = "1";

/** The hash naming a shard's entry: what Pagefind is given, and which Pagefind. */
export function shardHash(
  language: string,
  records: readonly { url: string; html: string }[],
  pagefindVersion: string,
): string {
  const hash = createHash("sha256");
  hash.update(`${INDEXER_VERSION}\0${pagefindVersion}\0${language}\0`);
  for (const { url, html } of records) hash.update(`${url}\0${html}\0`);
  return hash.digest("hex");
}

const ENTRY = /^[0-9a-f]{64}$/;

export class ShardCache {
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  /** Copies the entry for `hash` to `dest`; false (and nothing at `dest`) when there is none. */
  async restore(hash: string, dest: string): Promise<boolean> {
    const entry = join(this.dir, hash);
    if (!existsSync(entry)) return false;
    this.used.add(hash);
    try {
      await cp(entry, dest, { recursive: true });
      return true;
    } catch {
      // Removed under us by another build's pruning: index the shard instead.
      await rm(dest, { recursive: true, force: true });
      return false;
    }
  }

  /** Keeps a copy of the bundle at `src` as the entry for `hash`. */
  async save(hash: string, src: string): Promise<void> {
    this.used.add(hash);
    const entry = join(this.dir, hash);
    if (existsSync(entry)) return;
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.${hash}.${randomBytes(4).toString("hex")}`);
    await cp(src, temp, { recursive: true });
    // Another build may have saved the same entry meanwhile: theirs is as good as ours.
    await rename(temp, entry).catch(() => rm(temp, { recursive: true, force: true }));
  }

  /**
   * Removes the entries this build neither restored nor saved. Each is renamed away before it is
   * deleted, so a build restoring it at that moment gets all of it or an error, never part of it.
   */
  async prune(): Promise<void> {
    if (!existsSync(this.dir)) return;
    for (const name of await readdir(this.dir)) {
      if (!ENTRY.test(name) || this.used.has(name)) continue;
      const gone = join(this.dir, `.${name}.${randomBytes(4).toString("hex")}`);
      if (
        await rename(join(this.dir, name), gone).then(
          () => true,
          () => false,
        )
      )
        await rm(gone, { recursive: true, force: true });
    }
  }
}

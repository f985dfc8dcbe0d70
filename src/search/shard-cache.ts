/**
 * The cache of indexed shards: each shard's Pagefind bundle and its part of the pair directory,
 * kept under `<cache>/<hash>/`, the hash taken over everything the shard's records are made of
 * (`shardHash`). A shard whose records cannot have changed is taken from here instead of indexed again: a daily build indexes the
 * newest shard only (`shards.ts` keeps the others' ranges fixed). The files are Pagefind's own,
 * byte for byte, so a build from the cache writes the same bytes as a clean one.
 *
 * Files are hard-linked between the cache and the site rather than copied (copied where the two
 * are on different file systems): a year's index is ~30,000 files, and linking them takes a
 * fraction of the time. Nothing rewrites a written file in place (every build removes a shard's
 * folder before writing it), so the shared files never change under either.
 *
 * Entries are assembled under a temporary name and renamed into place, so a build that dies
 * half-way, or two builds at once, never leave a half-written entry under a hash. Entries the
 * last build did not use are removed, so the cache holds about one archive's index.
 */
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ArchiveConfig, Issue } from "../model.js";
import type { ShardTokens } from "./directory.js";
import { codeVersion } from "../build/code-version.js";
import type { FileJobs } from "../build/file-jobs.js";
import { fingerprintOf } from "../load/issue-fingerprint.js";

/**
 * Bumped when the indexer changes what it keeps beside Pagefind's output; code changes are seen
 * by `codeVersion`.
 */
const CACHE_FORMAT = "search 4";

/**
 * What the index is made with besides the archive: this project's code (every file under `src/`)
 * and its locked dependencies (Pagefind among them), and the Node and ICU that format dates.
 */
export const searchCodeVersion = (): string => codeVersion(CACHE_FORMAT, ["src", "package-lock.json"]);

/**
 * The hash naming a shard's entry: everything its records are made of — the code, the archive's
 * settings, the shard's language tag and its issues as loaded (`fingerprintOf`: metadata, and each
 * page by its reading's key, which hashes its text and the reader's code) — so that an unchanged
 * shard is recognised without building its records.
 */
export function shardHash(
  code: string,
  config: ArchiveConfig,
  language: string,
  issues: readonly Issue[],
): string {
  const hash = createHash("sha256");
  hash.update(`${code}\0${JSON.stringify(config)}\0${language}\0`);
  for (const issue of issues) hash.update(fingerprintOf(issue)).update("\0");
  return hash.digest("hex");
}

const ENTRY = /^[0-9a-f]{64}$/;
/** Inside an entry: the bundle as Pagefind wrote it, and the shard's token counts. */
const BUNDLE = "bundle";
const TOKENS = "tokens.txt";

export class ShardCache {
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  /** Whether there is an entry for `hash` (`restore` may still find it gone: another build prunes). */
  has(hash: string): boolean {
    return existsSync(join(this.dir, hash));
  }

  /**
   * Has `files` put the bundle of entry `hash` at `dest` (done by their next flush); false (and
   * nothing sent) when there is no such entry.
   */
  restore(hash: string, dest: string, files: FileJobs): boolean {
    const entry = join(this.dir, hash);
    if (!existsSync(entry)) return false;
    this.used.add(hash);
    const failure = `search: could not link the cached shard ${entry} (another build using ${this.dir} at the same time?): build again`;
    files.send([{ kind: "tree", from: join(entry, BUNDLE), to: dest, failure }]);
    return true;
  }

  /** The token counts kept with entry `hash` (read only when the pair directory needs them). */
  async tokens(hash: string): Promise<ShardTokens> {
    const file = join(this.dir, hash, TOKENS);
    const text = await readFile(file, "utf8").catch((error: unknown) => {
      throw new Error(
        `search: could not read ${file} (another build using ${this.dir} at the same time?): build again`,
        { cause: error },
      );
    });
    const [tokens = "", records = ""] = text.split("\n");
    return {
      tokens: tokens ? tokens.split(" ") : [],
      records: records ? records.split(" ").map(Number) : [],
    };
  }

  /** Keeps the bundle at `src` and the shard's token counts as the entry for `hash`, linked by `files`. */
  async save(hash: string, src: string, tokens: ShardTokens, files: FileJobs): Promise<void> {
    this.used.add(hash);
    const entry = join(this.dir, hash);
    if (existsSync(entry)) return;
    const temp = join(this.dir, `.${hash}.${randomBytes(4).toString("hex")}`);
    files.send([{ kind: "tree", from: src, to: join(temp, BUNDLE) }]);
    await files.flush();
    // Tokens are hex digits and letters (`tokens.ts`), never a space: two lines of space-separated lists.
    await writeFile(join(temp, TOKENS), `${tokens.tokens.join(" ")}\n${tokens.records.join(" ")}\n`);
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

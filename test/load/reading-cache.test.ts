/**
 * The cache of page readings: a page read before with the same text, options and reader is given
 * back as the reader made it, without being read again; a changed page is read anew.
 */
import { readdirSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReadingCache, readingKey } from "../../src/load/reading-cache.js";
import { loadArchive } from "../../src/load/index.js";
import { readPage } from "../../src/read/index.js";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { repoRoot } from "../support/build.js";
import { tempDir, type TempDir } from "../build/run.js";
import { copySample, issueFolder, type ArchiveFiles } from "../support/archive.js";

let work: TempDir;
beforeEach(() => (work = tempDir("reading-cache-")));
afterEach(() => work.remove());

/** The readings kept: one JSON file each. */
const entries = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort();

describe("the reading cache", () => {
  it("should give back what the page reader made of a page, read once", () => {
    const dir = join(work.path, "readings");
    const first = new ReadingCache(dir).read(SAMPLE_PAGE, {});
    expect(first).toStrictEqual(readPage(SAMPLE_PAGE, {}));
    const kept = entries(dir);
    expect(kept).toHaveLength(1);
    const again = new ReadingCache(dir).read(SAMPLE_PAGE, {});
    expect(again).toStrictEqual(first);
    expect(again).not.toBe(first);
    expect(entries(dir)).toEqual(kept);
  });

  it("should read a page again when its text or its options changed", () => {
    const dir = join(work.path, "readings");
    const cache = new ReadingCache(dir);
    cache.read(SAMPLE_PAGE, {});
    const edited = SAMPLE_PAGE.replace("聊城", "聊城市");
    expect(cache.read(edited, {})).toStrictEqual(readPage(edited, {}));
    const after = { headlinePosition: "after-body" } as const;
    expect(cache.read(SAMPLE_PAGE, after)).toStrictEqual(readPage(SAMPLE_PAGE, after));
    expect(entries(dir)).toHaveLength(3);
  });

  it("should load the same archive through the cache as without it, and keep only what it used", () => {
    const dir = join(work.path, "readings");
    new ReadingCache(dir).read("一段不在档案里的文字\n", {});
    const plain = loadArchive(repoRoot);
    const cache = new ReadingCache(dir);
    expect(loadArchive(repoRoot, {}, cache.read)).toStrictEqual(plain);
    const fromCache = new ReadingCache(dir);
    expect(loadArchive(repoRoot, {}, fromCache.read)).toStrictEqual(plain);
    fromCache.prune();
    const pages = plain.archive.issues.flatMap((i) => i.pages).filter((p) => p.text !== "");
    expect(entries(dir)).toHaveLength(pages.length);
  });

  it("should give the same cache's later loads the same frozen reading, named by its entry, until pruned", () => {
    const dir = join(work.path, "readings");
    const cache = new ReadingCache(dir);
    const first = cache.read(SAMPLE_PAGE, {});
    expect(Object.isFrozen(first.items[0])).toBe(true);
    expect(`${readingKey(first)}`).toBe(entries(dir)[0]);
    // Kept in memory: the entry on disk is not read again.
    rmSync(join(dir, entries(dir)[0] ?? ""));
    cache.prune();
    expect(cache.read(SAMPLE_PAGE, {})).toBe(first);
    // A load that did not read the page drops it.
    cache.prune();
    cache.prune();
    const again = cache.read(SAMPLE_PAGE, {});
    expect(again).not.toBe(first);
    expect(again).toStrictEqual(first);
    expect(readingKey(readPage(SAMPLE_PAGE, {}))).toBeUndefined();
  });
});

describe("reading ahead on every core", () => {
  /** The sample archive and 25 more issues of eight pages: more than two workers' worth. */
  function largeArchive(): string {
    const files: ArchiveFiles = {};
    for (let day = 1; day <= 25; day++)
      for (let page = 1; page <= 8; page++)
        files[`${issueFolder(`2025-01-${String(day).padStart(2, "0")}`)}/0${page}.txt`] = SAMPLE_PAGE.replace(
          "聊城",
          `聊城${day}日${page}版`,
        );
    return copySample(join(work.path, "archive"), files);
  }
  const pagesOf = (root: string) => loadArchive(root).archive.issues.flatMap((i) => i.pages);

  it.skipIf(availableParallelism() < 2)(
    "should read every page of a clean build into the cache before the load, which then loads the same archive",
    async () => {
      const root = largeArchive();
      const dir = join(work.path, "readings");
      const cache = new ReadingCache(dir);
      await cache.readAhead((read) => loadArchive(root, {}, read));
      expect(entries(dir)).toHaveLength(pagesOf(root).filter((p) => p.text !== "").length);
      expect(loadArchive(root, {}, cache.read)).toStrictEqual(loadArchive(root));
    },
    60_000,
  );

  it("should leave a cache that holds this reader's readings to read new pages as they load", async () => {
    const root = largeArchive();
    const dir = join(work.path, "readings");
    const cache = new ReadingCache(dir);
    loadArchive(root, {}, cache.read);
    cache.prune();
    const [gone] = entries(dir);
    rmSync(join(dir, gone!));
    let asked = 0;
    await new ReadingCache(dir).readAhead((read) => {
      asked++;
      loadArchive(root, {}, read);
    });
    expect(asked).toBe(0);
    expect(entries(dir)).not.toContain(gone);
  });
});

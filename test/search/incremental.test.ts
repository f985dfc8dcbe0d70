/**
 * Builds from the caches (page readings, search shards, rendered pages), as a library's daily
 * commit runs them: adding the day's issue to a built archive re-indexes the newest shard only and
 * renders only the pages it changed, and the site is byte for byte the one a clean build writes;
 * an edit to an old issue re-indexes that issue's shard only, and again gives a clean build's
 * bytes. A build into the last build's folder (as CI restores it) gives them too, and leaves the
 * files that did not change as they are. And what the build prints: one line per stage and per shard indexed, then a summary, no
 * line per written file.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runBuild, siteFingerprint, type Run } from "../support/build.js";
import { copySample, issueFolder, writeFiles, type ArchiveFiles } from "../support/archive.js";
import { SAMPLE_NAME, SAMPLE_PAGE } from "../support/corpus.js";
import { tempDir, type TempDir } from "../build/run.js";

/** The sample page as the issue of `date`. */
const sampleIssue = (date: string): ArchiveFiles => ({
  [`${issueFolder(date)}/${SAMPLE_NAME}.txt`]: SAMPLE_PAGE,
  [`${issueFolder(date)}/issue.yaml`]: readFileSync(join(repoRoot, issueFolder("2025-03-17"), "issue.yaml")),
});

let work: TempDir;
let archive: string;
const build = async (name: string, env: Record<string, string> = {}): Promise<Run> => {
  const result = await runBuild(archive, join(work.path, name), { env });
  expect(result.code, result.output).toBe(0);
  return result;
};
const lines = (run: Run): string[] => run.output.trimEnd().split("\n");
const indexedShards = (run: Run): string[] =>
  lines(run)
    .filter((l) => l.startsWith("[search] shard "))
    .map((l) => /indexed: (\S+),/.exec(l)?.[1] ?? l)
    // Lanes index shards side by side: their lines come as each is done.
    .sort();

let first: Run;
let daily: Run;
let clean: Run;
/** Inodes of files of the first build that the day's issue does not change, before the build over it. */
let firstInodes: Record<string, number>;
/** The inodes of those files after the day's build into the first build's folder. */
let overInodes: Record<string, number>;
const UNCHANGED = ["/2025/01/06/1/1/index.html", "/pagefind/2025-01-06/pagefind-entry.json"];
const inodes = (site: string): Record<string, number> =>
  Object.fromEntries(UNCHANGED.map((f) => [f, statSync(join(site, f)).ino]));

beforeAll(async () => {
  work = tempDir("incremental-");
  // The sample page as three monthly issues: three shards of fixed months, the newest March.
  archive = copySample(join(work.path, "archive"), {
    ...sampleIssue("2025-01-06"),
    ...sampleIssue("2025-02-10"),
  });
  first = await build("first");
  firstInodes = inodes(join(work.path, "first"));
  writeFiles(archive, sampleIssue("2025-03-18"));
  daily = await build("daily");
  // As CI builds, with the last build's site restored beside its caches.
  await build("first");
  overInodes = inodes(join(work.path, "first"));
  // Its own, empty cache: every shard indexed afresh.
  clean = await build("clean", { ARCHIVE_CACHE_DIR: join(work.path, "empty-cache") });
}, 180_000);

afterAll(() => work?.remove());

describe("a build from the search cache", () => {
  it("should index every shard when the cache is empty", () => {
    expect(indexedShards(first)).toEqual(["2025-01-06", "2025-02-10", "2025-03-17"]);
    expect(indexedShards(clean)).toEqual(["2025-01-06", "2025-02-10", "2025-03-17"]);
  });

  it("should re-index only the newest shard when the day's issue is added, and say so", () => {
    expect(indexedShards(daily)).toEqual(["2025-03-17"]);
    expect(lines(daily)).toContainEqual(
      expect.stringMatching(
        /^\[search\] 44 items in 3 shards: 1 indexed, 2 unchanged \(from the cache\) in \d+\.\d s$/,
      ),
    );
    expect(lines(daily).find((l) => l.startsWith("[search] shard "))).toMatch(
      /^\[search\] shard 3 of 3 indexed: 2025-03-17, 22 items in \d+\.\d s \(\d+\.\d s since the build began\)$/,
    );
  });

  it("should render only the pages the day's issue changed, and say how many came from the cache", () => {
    const wrote = (run: Run): string => lines(run).find((l) => l.startsWith("[archive] wrote "))!;
    expect(wrote(clean)).toMatch(/^\[archive\] wrote \d+ files in \d+\.\d s$/);
    const [, all = "", cached = ""] =
      /^\[archive\] wrote (\d+) files \((\d+) unchanged, from the cache\) in /.exec(wrote(daily)) ?? [];
    expect(Number(cached)).toBeGreaterThan(0);
    expect(Number(cached)).toBeLessThan(Number(all));
    expect(wrote(clean)).toContain(`wrote ${all} files`);
  });

  it("should write the same bytes as a clean build", () => {
    const [fromCache, fresh] = [
      siteFingerprint(join(work.path, "daily")),
      siteFingerprint(join(work.path, "clean")),
    ];
    expect(Object.keys(fresh)).toContain("/pagefind/2025-03-17/pagefind-entry.json");
    expect(fromCache).toEqual(fresh);
  });

  it("should write a clean build's bytes into the last build's folder, leaving unchanged files in place", () => {
    expect(siteFingerprint(join(work.path, "first"))).toEqual(siteFingerprint(join(work.path, "clean")));
    expect(overInodes).toEqual(firstInodes);
  });

  it("should re-index only the shard of an older issue that was edited", async () => {
    const page = join(archive, issueFolder("2025-01-06"), `${SAMPLE_NAME}.txt`);
    writeFileSync(page, SAMPLE_PAGE.replace("聊城", "聊城市"));
    const edited = await build("edited");
    expect(indexedShards(edited)).toEqual(["2025-01-06"]);
    await build("edited-clean", { ARCHIVE_CACHE_DIR: join(work.path, "another-empty-cache") });
    const [fromCache, fresh] = [
      siteFingerprint(join(work.path, "edited")),
      siteFingerprint(join(work.path, "edited-clean")),
    ];
    const before = siteFingerprint(join(work.path, "daily"));
    const changed = Object.keys(fresh).filter((f) => f.endsWith(".html") && fresh[f] !== before[f]);
    // The edited issue's pages, and pages that list them (a person's, a place's): rendered anew.
    expect(changed).toContainEqual(expect.stringMatching(/^\/2025\/01\/06\/1\/\d+\/index\.html$/));
    expect(fromCache).toEqual(fresh);
  });
});

describe("what a build prints", () => {
  it("should print one line per stage and per shard indexed, a summary, and no line per written file", () => {
    const printed = lines(clean);
    expect(printed.filter((l) => l.includes("Writing"))).toEqual([]);
    // Eleventy's own closing line ends the log, after the search index's line and the summary.
    expect(printed.pop()).toMatch(/^\[11ty\] Copied \d+ Wrote \d+ files in /);
    const shape = (l: string): string => l.replace(/\d+(\.\d+)?/g, "N");
    // What was read; the shards as they are indexed, the index, and the pages, rendered once every
    // shard is on a lane (so either may end first); then the summary.
    const [read, ...rest] = printed.map(shape);
    const summary = rest.pop();
    expect(read).toBe("[archive] read N issues: N pages, N articles, N notes in N s");
    expect(rest.sort()).toEqual([
      "[archive] wrote N files in N s",
      "[search] N items in N shards: N indexed, N unchanged (from the cache) in N s",
      "[search] shard N of N indexed: N-N-N, N items in N s (N s since the build began)",
      "[search] shard N of N indexed: N-N-N, N items in N s (N s since the build began)",
      "[search] shard N of N indexed: N-N-N, N items in N s (N s since the build began)",
    ]);
    expect(summary).toMatch(
      /^\[archive\] built N issues, N articles into N files and N search shards, no warnings; read N s, (search N s, render N s|render N s, search N s \(alongside render\)); N s in all$/,
    );
    expect(lines(clean)[0]).toMatch(/^\[archive\] read 4 issues: 4 pages, 40 articles, 4 notes in /);
  });
});

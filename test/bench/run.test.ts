import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");

describe("npm run bench", () => {
  it("should build a one-issue synthetic archive with scans, add a second day from the cache, build once more for the scans, and end with one JSON line of the figures", () => {
    const run = spawnSync(
      resolve(repo, "node_modules/.bin/tsx"),
      ["bench/run.ts", "--issues", "1", "--add", "1", "--seed", "3", "--images", "--image-width", "400"],
      {
        cwd: repo,
        encoding: "utf8",
        timeout: 290_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Synthetic archive: 1 issues, 8 pages, \d+ articles/);
    const result = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
    expect(result).toMatchObject({ issues: 1, pages: 8 });
    for (const field of [
      "articles",
      "wallSeconds",
      "peakMemoryMB",
      "msPerArticle",
      "outputMB",
      "outputFiles",
      "searchKBPerQuery",
      "baselineRenderSeconds",
      "renderVsBaseline",
      "parseMBPerSecond",
      "parsePerMBRatio",
    ]) {
      expect(result, field).toHaveProperty(field);
    }
    expect(Object.keys(result.wallSeconds as object)).toEqual(
      expect.arrayContaining(["parse", "render", "search", "total"]),
    );
    expect(Object.keys(result.peakMemoryMB as object)).toEqual(
      expect.arrayContaining(["render", "search", "total"]),
    );
    expect(result.outputFiles).toBeGreaterThan(8);
    // The rebuild after adding the second day: its one shard (the month) indexed again, the build timed.
    expect(result).toMatchObject({ searchShards: 1, incrementalShardsIndexed: 1 });
    expect(result.incrementalSeconds).toBeGreaterThan(0);
    expect(result.buildLogLines).toBeGreaterThan(3);
    expect(result.buildLogLines).toBeLessThan(10);
    // Eight scans encoded by the first build; the second, with the cache kept, encoded none again.
    expect(result.images).toMatchObject({ scans: 8, width: 400, encodedAgain: 0 });
    const images = result.images as { encodedFiles: number; first: { wallSeconds: number } };
    expect(images.encodedFiles).toBeGreaterThanOrEqual(8 * 5);
    expect(images.first.wallSeconds).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/second build \(cache kept\): .*files encoded again: 0/);
    // Either a measured figure or a stated reason, never a silent null.
    if (result.searchKBPerQuery === null) expect(result.searchNullReason).toEqual(expect.any(String));
    else expect(result.searchKBPerQuery).toBeGreaterThan(0);
  }, 300_000); // a whole bench, Chromium included, on a machine others share

  it("should refuse an unknown option with a message naming the options", () => {
    const run = spawnSync(resolve(repo, "node_modules/.bin/tsx"), ["bench/run.ts", "--years", "2"], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Unknown option '--years'");
    expect(run.stderr).toContain("--issues");
  });
});

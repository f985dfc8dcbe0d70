/**
 * What a build prints: a line per stage as it ends, and one summary once both the pages and the
 * search index are done, whichever ends last.
 */
import { describe, expect, it } from "vitest";
import { BuildProgress } from "../../src/build/progress.js";

const counts = { issues: 2, pages: 3, articles: 20, notes: 1, warnings: 0 };
const search = { shards: 2, indexed: 2, items: 21 };
const shape = (lines: string[]): string[] => lines.map((l) => l.replace(/\d+(\.\d+)?/g, "N"));

function progress(): { progress: BuildProgress; lines: string[] } {
  const lines: string[] = [];
  return { progress: new BuildProgress((line) => lines.push(line)), lines };
}

describe("the build's progress lines", () => {
  it("should end npm run build with the summary after the pages, the index having come first", () => {
    const { progress: p, lines } = progress();
    p.start("parse");
    p.readDone(counts);
    p.start("search");
    p.start("render"); // the prints are ready; the index is not
    p.shardIndexed("2025-03-01", 11, 1.5, 1, 2);
    p.shardIndexed("2025-02-01", 10, 1.4, 2, 2);
    p.searchDone(search);
    p.start("render"); // the index is: the render starts now
    expect(lines).toHaveLength(4);
    p.renderDone(30, 5);
    expect(shape(lines)).toEqual([
      "[archive] read N issues: N pages, N articles, N note in N s",
      "[search] shard N of N indexed: N-N-N, N items in N s (N s since the build began)",
      "[search] shard N of N indexed: N-N-N, N items in N s (N s since the build began)",
      "[search] N items in N shards: N indexed, N unchanged (from the cache) in N s",
      "[archive] wrote N files (N unchanged, from the cache) in N s",
      "[archive] built N issues, N articles into N files and N search shards, no warnings; read N s, search N s, render N s; N s in all",
    ]);
  });

  it("should end npm start's rebuild with the summary after the index, which follows the pages", () => {
    const { progress: p, lines } = progress();
    p.start("parse");
    p.readDone({ ...counts, warnings: 3 });
    p.start("search");
    p.start("render");
    p.renderDone(30);
    expect(lines).toHaveLength(2);
    p.searchDone({ ...search, indexed: 1 });
    expect(shape(lines.slice(2))).toEqual([
      "[search] N items in N shards: N indexed, N unchanged (from the cache) in N s",
      "[archive] built N issues, N articles into N files and N search shards, N warnings; read N s, render N s, search N s (alongside render); N s in all",
    ]);
    expect(lines[3]).toContain("into 30 files and 2 search shards, 3 warnings");
  });
});

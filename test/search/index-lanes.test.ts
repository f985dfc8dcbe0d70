/**
 * Index lanes: worker threads, each with its own Pagefind process, indexing shards side by side.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IndexLanes, laneCount, type ShardJob } from "../../src/search/index-lanes.js";
import { tempDir } from "../build/run.js";

const work = tempDir("index-lanes-");
const lanes = new IndexLanes(2);
afterAll(async () => {
  await lanes.close();
  work.remove();
});

const record = (n: number, body: string) => ({
  url: `/item/${n}/`,
  html: `<!DOCTYPE html><html lang="zz"><head></head><body><div data-pagefind-body><p>${body}</p></div></body></html>`,
  source: `item ${n}`,
});
const job = (name: string, words: string[]): ShardJob => ({
  records: words.map((w, i) => record(i, w)),
  language: "zz-test",
  outputPath: join(work.path, name),
});

describe("index lanes", () => {
  it("should index more shards than lanes, each into its own folder, as Pagefind writes them", async () => {
    const names = ["a", "b", "c", "d", "e"];
    const written = (name: string) => existsSync(join(work.path, name, "pagefind-entry.json"));
    /** For each shard, how many shards before it were written when its job was made. */
    const writtenBefore: number[] = [];
    const done = await Promise.all(
      names.map(async (name, i) => {
        const { done } = await lanes.start(() => {
          writtenBefore.push(names.slice(0, i).filter(written).length);
          return job(name, [`${name}1 words`, `${name}2 more words`]);
        });
        await done;
        return name;
      }),
    );
    expect(done).toEqual(names);
    // A job is made only when a lane is free: the third waits for one of the first two, and so on.
    expect(writtenBefore.slice(0, 2)).toEqual([0, 0]);
    writtenBefore.slice(2).forEach((n, i) => expect(n).toBeGreaterThanOrEqual(i + 1));
    for (const name of names) {
      const files = readdirSync(join(work.path, name));
      expect(files).toContain("pagefind-entry.json");
      expect(files).toContain("pagefind.js");
      // Pagefind's own UIs and worker, which the search page never loads, are removed.
      expect(files).not.toContain("pagefind-ui.js");
    }
  }, 60_000);

  it("should reject a shard that Pagefind cannot write, naming it, and go on indexing", async () => {
    const blocked = join(work.path, "a", "pagefind.js", "below-a-file");
    const failed = await lanes.start(() => ({ ...job("x", ["text"]), outputPath: blocked }));
    // Pagefind's backend panics on a folder it cannot make; the lane says so instead of waiting.
    await expect(failed.done).rejects.toThrow(/search: Pagefind stopped .* while indexing .*below-a-file/);
    const next = await lanes.start(() => job("after", ["text"]));
    await next.done;
    expect(existsSync(join(work.path, "after", "pagefind-entry.json"))).toBe(true);
  }, 60_000);

  it("should take the number of lanes from ARCHIVE_INDEX_LANES, else the cores up to four", () => {
    const saved = process.env.ARCHIVE_INDEX_LANES;
    try {
      process.env.ARCHIVE_INDEX_LANES = "1";
      expect(laneCount()).toBe(1);
      process.env.ARCHIVE_INDEX_LANES = "none";
      expect(laneCount()).toBeGreaterThanOrEqual(1);
      expect(laneCount()).toBeLessThanOrEqual(4);
    } finally {
      if (saved === undefined) delete process.env.ARCHIVE_INDEX_LANES;
      else process.env.ARCHIVE_INDEX_LANES = saved;
    }
  });
});

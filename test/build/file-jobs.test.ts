/**
 * Links and writes on the file worker (`file-jobs.ts`): each job leaves `to` as asked whatever was
 * there, leaves alone what is in place already, never writes into a file linked elsewhere, and a
 * failure reaches the build at the next flush.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileJobs } from "../../src/build/file-jobs.js";
import { tempDir, type TempDir } from "./run.js";

let work: TempDir;
const jobs = new FileJobs();
beforeEach(() => (work = tempDir("file-jobs-")));
afterEach(() => work.remove());

const at = (path: string): string => join(work.path, path);
function write(path: string, text: string): void {
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), text);
}
const inode = (path: string): number => statSync(at(path)).ino;
const read = (path: string): string => readFileSync(at(path), "utf8");

describe("file jobs", () => {
  it("should link a file into a new folder, leave one linked already, and replace another", async () => {
    write("cache/a", "A");
    write("cache/b", "B");
    linkSync(at("cache/a"), at("a-there"));
    write("site/b", "old B");
    jobs.send([
      { kind: "link", from: at("cache/a"), to: at("site/new/a") },
      { kind: "link", from: at("cache/a"), to: at("a-there") },
      { kind: "link", from: at("cache/b"), to: at("site/b") },
    ]);
    expect(await jobs.flush()).toBe(3);
    expect(inode("site/new/a")).toBe(inode("cache/a"));
    expect(inode("a-there")).toBe(inode("cache/a"));
    expect(inode("site/b")).toBe(inode("cache/b"));
    expect(read("cache/b")).toBe("B");
  });

  it("should make a tree the cache's, removing what else it held", async () => {
    write("cache/shard/index/1", "1");
    write("cache/shard/entry.json", "{}");
    write("site/shard/index/stale", "x");
    write("site/shard/entry.json", "{old}");
    jobs.send([{ kind: "tree", from: at("cache/shard"), to: at("site/shard") }]);
    await jobs.flush();
    expect(readdirSync(at("site/shard")).sort()).toEqual(["entry.json", "index"]);
    expect(readdirSync(at("site/shard/index"))).toEqual(["1"]);
    expect(inode("site/shard/entry.json")).toBe(inode("cache/shard/entry.json"));
  });

  it("should write a folder of exactly the files given, never into a file linked elsewhere", async () => {
    write("cache/0.json", "cached");
    write("site/pairs/1.json", "stale");
    mkdirSync(at("site/pairs"), { recursive: true });
    linkSync(at("cache/0.json"), at("site/pairs/0.json"));
    jobs.send([
      {
        kind: "folder",
        to: at("site/pairs"),
        files: [
          { name: "0.json", text: "new 0" },
          { name: "2.json", text: "new 2" },
        ],
      },
    ]);
    await jobs.flush();
    expect(readdirSync(at("site/pairs")).sort()).toEqual(["0.json", "2.json"]);
    expect(read("site/pairs/0.json")).toBe("new 0");
    expect(read("cache/0.json")).toBe("cached");
  });

  it("should fail the next flush with what the failed job meant, then go on", async () => {
    jobs.send([
      { kind: "link", from: at("missing"), to: at("site/x"), failure: "a cached page went missing" },
    ]);
    await expect(jobs.flush()).rejects.toThrow(/^a cached page went missing: Error: ENOENT/);
    write("cache/a", "A");
    jobs.send([{ kind: "link", from: at("cache/a"), to: at("site/a") }]);
    expect(await jobs.flush()).toBe(1);
  });
});

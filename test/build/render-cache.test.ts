/**
 * The cache of rendered pages, as a build drives it: the views Eleventy must render are those whose
 * page the cache does not hold; the others' pages are put in the output, with the bytes Eleventy
 * wrote for them before. (That a whole build from the cache writes what a clean build writes is
 * `test/search/incremental.test.ts`'s.)
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RenderCache } from "../../src/build/render-cache.js";
import { emptyOutputFolder } from "../../src/build/output-folder.js";
import { tempDir, type TempDir } from "./run.js";

interface View {
  permalink: string;
  title: string;
}

let work: TempDir;
let cache: RenderCache;
beforeEach(() => {
  work = tempDir("render-cache-");
  cache = new RenderCache(join(work.path, "cache"));
});
afterEach(() => work.remove());

const views: View[] = [
  { permalink: "/2025/03/17/index.html", title: "第1期" },
  { permalink: "/2025/03/18/index.html", title: "第2期" },
];
const chrome = { siteName: "聊城日报" };

/** One build into `output`: what Eleventy was asked to render, which it "renders" as its title. */
async function build(
  output: string,
  pages: readonly View[],
  shared: unknown = null,
  site = chrome,
): Promise<View[]> {
  cache.begin(output, shared);
  const rendered = cache.select("issues", pages, site);
  for (const view of rendered) {
    const file = join(output, view.permalink);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<h1>${view.title}</h1>`);
  }
  await cache.finish();
  return rendered;
}
const read = (output: string, view: View): string => readFileSync(join(output, view.permalink), "utf8");

describe("the render cache", () => {
  it("should render every page the first time, then none whose view did not change", async () => {
    expect(await build(join(work.path, "a"), views)).toEqual(views);
    const b = join(work.path, "b");
    expect(await build(b, views)).toEqual([]);
    expect(views.map((v) => read(b, v))).toEqual(["<h1>第1期</h1>", "<h1>第2期</h1>"]);
  });

  it("should render a page again when its view changed, and only that page", async () => {
    await build(join(work.path, "a"), views);
    const changed = [views[0]!, { ...views[1]!, title: "第2期（更正）" }];
    const b = join(work.path, "b");
    expect(await build(b, changed)).toEqual([changed[1]]);
    expect(read(b, changed[0]!)).toBe("<h1>第1期</h1>");
    expect(read(b, changed[1]!)).toBe("<h1>第2期（更正）</h1>");
  });

  it("should render every page again when what all pages share changed", async () => {
    await build(join(work.path, "a"), views);
    expect(await build(join(work.path, "b"), views, null, { siteName: "聊城晚报" })).toEqual(views);
    expect(await build(join(work.path, "c"), views, ["an error to show"])).toEqual(views);
  });

  it("should keep only the pages of the last build", async () => {
    await build(join(work.path, "a"), views);
    await build(join(work.path, "b"), [views[0]!]);
    expect(readdirSync(join(work.path, "cache")).filter((name) => /^[0-9a-f]{64}$/.test(name))).toHaveLength(
      1,
    );
    expect(await build(join(work.path, "c"), views)).toEqual([views[1]]);
  });

  it("should keep the pages a build did not use when told not to prune (an archive with errors)", async () => {
    await build(join(work.path, "a"), views);
    cache.begin(join(work.path, "b"), ["an error to show"]);
    cache.select("issues", [], chrome);
    await cache.finish(false);
    expect(await build(join(work.path, "c"), views)).toEqual([]);
  });

  it("should cache nothing for a build that writes no files", async () => {
    cache.begin(null, null);
    expect(cache.select("issues", views, chrome)).toEqual(views);
    await cache.finish();
    expect(existsSync(join(work.path, "cache")) && readdirSync(join(work.path, "cache"))).toEqual([]);
  });
});

describe("the render cache under npm start (rebuilds into the same folder)", () => {
  it("should leave an unchanged page in place, write a changed one anew, and remove one no longer built", async () => {
    const out = join(work.path, "site");
    const three = [...views, { permalink: "/2025/03/19/index.html", title: "第3期" }];
    await build(out, three);
    const inode = (v: View): number => statSync(join(out, v.permalink)).ino;
    const before = inode(three[0]!);
    // The cache's copy of the second page, which the page written anew must not write into.
    const kept = join(work.path, "kept-entry");
    linkSync(join(out, three[1]!.permalink), kept);
    // As npm start empties the folder: all but the pages the last build put in place.
    emptyOutputFolder(out, [], (path) => cache.wrote(join(out, path)));
    const next = [three[0]!, { ...three[1]!, title: "第2期（更正）" }];
    expect(await build(out, next)).toEqual([next[1]]);
    expect(inode(next[0]!)).toBe(before);
    expect(read(out, next[1]!)).toBe("<h1>第2期（更正）</h1>");
    expect(readFileSync(kept, "utf8")).toBe("<h1>第2期</h1>");
    expect(existsSync(join(out, "2025/03/19"))).toBe(false);
  });
});

describe("the render cache, building into the folder the last build wrote (CI restores it)", () => {
  it("should leave unchanged pages in place, put back one changed by hand, and remove one no longer built", async () => {
    const out = join(work.path, "site");
    const three = [...views, { permalink: "/2025/03/19/index.html", title: "第3期" }];
    await build(out, three);
    const inode = (v: View): number => statSync(join(out, v.permalink)).ino;
    const before = inode(three[0]!);
    // Another build's process, which knows the pages only from what the last one left in the cache.
    cache = new RenderCache(join(work.path, "cache"));
    const hand = join(out, three[1]!.permalink);
    rmSync(hand);
    writeFileSync(hand, "<h1>edited by hand</h1>");
    cache.begin(out, null);
    emptyOutputFolder(out, [], (path) => cache.wrote(join(out, path)));
    expect(cache.select("issues", three.slice(0, 2), chrome)).toEqual([]);
    expect(await cache.finish()).toEqual({ restored: 2, saved: 0 });
    expect(inode(three[0]!)).toBe(before);
    expect(read(out, three[1]!)).toBe("<h1>第2期</h1>");
    expect(existsSync(join(out, "2025/03/19"))).toBe(false);
  });

  it("should trust no page of a build that did not finish", async () => {
    const out = join(work.path, "site");
    await build(out, views);
    cache = new RenderCache(join(work.path, "cache"));
    cache.begin(out, null);
    // Dies here; the next build knows of no page in the folder, so emptying leaves none.
    cache = new RenderCache(join(work.path, "cache"));
    cache.begin(out, null);
    emptyOutputFolder(out, [], (path) => cache.wrote(join(out, path)));
    expect(existsSync(join(out, views[0]!.permalink))).toBe(false);
  });
});

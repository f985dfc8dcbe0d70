/**
 * A built archive of two issues indexed as two shards, in headless Chromium: results come newest
 * or oldest first across shards, older shards are searched when the reader asks for more, and
 * markup printed in a headline shows as text.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectedTitles, twoIssueArchive } from "./archives.js";
import { openSearchSite, seenResults, typeQuery, waitForAnswer } from "./harness.js";
import type { StaticServer } from "../../bench/static-server.js";
import type { BuiltSite } from "../support/build.js";
import { describeInBrowser, noBrowser } from "../support/browser.js";

let site: BuiltSite;
let served: StaticServer;
let browser: Browser;
let page: Page;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (noBrowser) return;
  ({ site, served, browser, page, close } = await openSearchSite(twoIssueArchive(), {
    prefix: "/",
    env: { ARCHIVE_SEARCH_SHARD_RECORDS: "11" },
  }));
});

afterAll(() => close?.());

/** Issue date, page and position of a result, from its link: `2025-04-02 2 3`. */
const placeOf = (href: string): string => {
  const m = /\/(\d{4})\/(\d{2})\/(\d{2})\/(\d+)\/(\d+)\//.exec(href);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]} ${m[5]}` : href;
};
const key = (place: string): string => place.replace(/ (\d+)/g, (_, n: string) => ` ${n.padStart(3, "0")}`);

describeInBrowser("an archive indexed in two shards", () => {
  it("should write one index per shard, newest first in the manifest", () => {
    const manifest = JSON.parse(readFileSync(join(site.dir, "pagefind", "shards.json"), "utf8")) as {
      shards: { key: string }[];
    };
    expect(manifest.shards.map((s) => s.key)).toEqual(["2025-04-02", "2025-03-17"]);
  });

  it("should list the newest issue first, each issue in printed order, and search older issues on demand", async () => {
    await typeQuery(page, "聊城");
    await page.selectOption("#search-sort", "newest");
    await page.waitForURL(/sort=newest/);
    await waitForAnswer(page);
    const first = await seenResults(page);
    const perIssue = expectedTitles("聊城").length;
    // The newest shard alone fills the first page: the status says more issues remain unsearched.
    expect(first.status).toContain("尚未检索全部报纸");
    expect(first.results.every((r) => placeOf(r.href).startsWith("2025-04-02"))).toBe(true);
    await page.click("#search-more");
    await page.waitForFunction(
      (n) => document.querySelectorAll("#search-results > li").length > n,
      first.results.length,
    );
    await page.waitForFunction(
      () => !document.getElementById("search-status")?.textContent?.includes("尚未"),
    );
    const all = await seenResults(page);
    // Both copies of the sample page and the hostile page, which also mentions 聊城.
    expect(all.status).toBe(`共找到 ${2 * perIssue + 1} 篇。`);
    const places = all.results.map((r) => placeOf(r.href));
    const dates = places.map((p) => p.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    const within = places.filter((p) => p.startsWith("2025-04-02"));
    expect(within.map(key)).toEqual([...within].map(key).sort());
  });

  it("should list the oldest issue first when asked, from the URL as from the control", async () => {
    await page.goto(`${served.root}search/?q=${encodeURIComponent("聊城")}&sort=oldest`);
    await waitForAnswer(page);
    expect(await page.inputValue("#search-sort")).toBe("oldest");
    const places = (await seenResults(page)).results.map((r) => placeOf(r.href));
    expect(places.length).toBeGreaterThan(0);
    expect(places.map(key)).toEqual([...places].map(key).sort());
    expect(places[0]?.startsWith("2025-03-17")).toBe(true);
  });

  it("should show a headline's markup as text and run none of it", async () => {
    await page.goto(`${served.root}search/`);
    await typeQuery(page, "植树动员");
    const { results } = await seenResults(page);
    expect(results.map((r) => r.title)).toEqual([`<img src=x onerror="document.title='pwned'">聊城新闻`]);
    expect(results[0]?.excerpt).toContain("<b>号召</b>");
    expect(await page.locator("#search-results img, #search-results b").count()).toBe(0);
    expect(await page.title()).not.toBe("pwned");
  });

  it("should open only the shards that can hold the query: by its pairs, by the month chosen, none when absent", async () => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const fetched: string[] = [];
    context.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await fresh.goto(`${served.root}search/?q=${encodeURIComponent("植树动员")}`);
    await waitForAnswer(fresh);
    expect((await seenResults(fresh)).status).toBe("共找到 1 篇。");
    const bundles = (paths: string[]) => [
      ...new Set(paths.map((p) => /\/pagefind\/(\d{4}-\d{2}-\d{2})\//.exec(p)?.[1]).filter(Boolean)),
    ];
    expect(bundles(fetched)).toEqual(["2025-04-02"]);
    fetched.length = 0;
    await fresh.goto(`${served.root}search/?q=${encodeURIComponent("聊城")}&month=2025-03`);
    await waitForAnswer(fresh);
    expect((await seenResults(fresh)).status).toBe(`共找到 ${expectedTitles("聊城").length} 篇。`);
    expect(bundles(fetched)).toEqual(["2025-03-17"]);
    fetched.length = 0;
    await fresh.goto(`${served.root}search/?q=${encodeURIComponent("火箭")}`);
    await waitForAnswer(fresh);
    expect((await seenResults(fresh)).status).toBe("没有找到包含该检索词的文章。");
    expect(bundles(fetched)).toEqual([]);
    await context.close();
  });

  it("should ask for two characters rather than search one", async () => {
    await typeQuery(page, "城");
    const { status, results } = await seenResults(page);
    expect(status).toBe("请至少输入2个字。");
    expect(results).toEqual([]);
  });
});

/**
 * A query longer than two characters is searched by its rarest pair, and each candidate is read
 * before it is shown (`src/search/client/worker.ts`). On pages built so that the rare pair mostly
 * stands outside the query (`nearMissArchive`), in headless Chromium, results in printed order:
 * no candidate without the query is ever shown, the count says it is an estimate until every
 * candidate is read, and then it is exact.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { nearMissArchive, type NearMissLayout } from "./archives.js";
import { openSearchSite, seenResults, waitForAnswer } from "./harness.js";
import type { StaticServer } from "../../bench/static-server.js";

const hitTitles = (layout: NearMissLayout): string[] =>
  Array.from({ length: layout.hits }, (_, i) => `全市推进产业结构调整第${i + 1}期`);

/** Opens `?q=…&sort=oldest`: candidates are read in printed order. */
async function searchInPrintedOrder(page: Page, served: StaticServer, query: string): Promise<void> {
  await page.goto(`${served.root}search/?q=${encodeURIComponent(query)}&sort=oldest`);
  await waitForAnswer(page);
}

async function showAll(page: Page, layout: NearMissLayout): Promise<void> {
  await page.click("#search-more");
  await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.startsWith("共"));
  const all = await seenResults(page);
  expect(all.status).toBe(`共找到 ${layout.hits} 篇。`);
  expect(all.results.map((r) => r.title).sort()).toEqual(hitTitles(layout));
  expect(await page.isVisible("#search-more")).toBe(false);
}

describe.each([
  { query: "钢铁产能", hits: 3, misses: 40, missesFirst: 25, apart: 50 } as const,
  { query: "钢铁产能", hits: 3, misses: 60, missesFirst: 55, apart: 70 } as const,
])("a page where $missesFirst candidates without the query come first", (layout) => {
  let page: Page;
  let served: StaticServer;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ page, served, close } = await openSearchSite(nearMissArchive(layout)));
  });

  afterAll(() => close?.());

  it("should show only articles holding the query, and say how sure the count is", async () => {
    await searchInPrintedOrder(page, served, layout.query);
    const first = await seenResults(page);
    const candidates = layout.hits + layout.misses;
    if (layout.missesFirst < 50) {
      // Read until a hit, then to 20 in all (10 results + 10 more): 30, 3 of them hits.
      const read = 30;
      const estimate = layout.hits + Math.round(((candidates - read) * layout.hits) / read);
      expect(first.status).toBe(`约找到 ${estimate} 篇。`);
      expect(first.results.map((r) => r.title)).toEqual(hitTitles(layout));
      for (const r of first.results) expect(r.marked).toEqual([layout.query]);
    } else {
      // 50 read, none held the query: not "nothing found", since candidates remain.
      expect(first.status).toBe(`暂未找到，还有 ${candidates - 50} 篇可能包含该检索词的文章有待核对。`);
      expect(first.results).toEqual([]);
    }
    expect(await page.isVisible("#search-more")).toBe(true);
    await showAll(page, layout);
  });

  it("should count a two-character query exactly at once: its pair is the query", async () => {
    await searchInPrintedOrder(page, served, "铁产");
    const { status, results } = await seenResults(page);
    expect(status).toBe(`共找到 ${layout.hits + layout.misses} 篇。`);
    expect(results).toHaveLength(10);
  });

  it("should list filter values without counts when Pagefind's counts are of candidates", async () => {
    await searchInPrintedOrder(page, served, layout.query);
    await page.click("#search-filters summary");
    await page
      .locator("#search-filter-reporter option", { hasText: "王海燕" })
      .waitFor({ state: "attached" });
    const options = await page.locator("#search-filter-reporter option").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["王海燕", "孙晓明"]));
    expect(options.some((o) => o.includes("("))).toBe(false);
    await page.click("#search-filters summary");
  });
});

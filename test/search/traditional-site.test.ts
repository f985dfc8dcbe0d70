/**
 * An archive printed in Traditional characters (`language: zh-TW`), built and searched in headless
 * Chromium: its whole interface is in Traditional Chinese, and a query in either script finds
 * exactly the articles holding it, marked as printed.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../support/browser.js";
import type { Browser, Page } from "playwright-core";
import { titlesHolding, traditionalArchive, traditionalItems } from "./archives.js";
import { openSearchSite, seenResults, typeQuery } from "./harness.js";
import type { StaticServer } from "../../bench/static-server.js";

describeInBrowser("an archive printed in Traditional characters (zh-TW)", () => {
  let served: StaticServer;
  let browser: Browser;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ served, browser, page, close } = await openSearchSite(traditionalArchive("zh-TW")));
  });
  afterAll(() => close?.());

  it("should speak Traditional Chinese on every page, with Taiwan's words", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-TW");
    expect(await page.locator("main h1").textContent()).toBe("搜尋全文");
    expect(await page.locator("label[for=search-q]").textContent()).toBe("檢索詞");
    const home = await browser.newPage();
    await home.goto(served.root);
    expect(await home.locator("header nav a").allTextContents()).toEqual(["年份", "記者與通訊員", "地點"]);
    await home.goto(`${served.root}2025/03/17/`);
    expect(await home.locator("label[for=issue-search-q]").textContent()).toBe("搜尋本期");
    await home.close();
  });

  it.each([
    ["乡村振兴", "鄉村振興"],
    ["鄉村振興", "鄉村振興"],
    ["轴承", "軸承"],
    ["數控機床", "數控機床"],
    ["东昌府区", "東昌府區"],
  ])("should find with %s exactly the articles printing %s, marked as printed", async (query, printed) => {
    await typeQuery(page, query);
    const { status, results } = await seenResults(page);
    // What the site holds: the Traditional page as the reader cuts it, the items printing the form.
    const expected = titlesHolding(traditionalItems(), printed, "zh-TW");
    expect(expected.length).toBeGreaterThan(0);
    expect(results.map((r) => r.title).sort()).toEqual(expected);
    expect(status).toBe(`共找到 ${expected.length} 篇。`);
    for (const r of results) for (const m of r.marked) expect(m).toContain(printed);
  });

  it("should find nothing for words the paper does not print", async () => {
    for (const query of ["火箭", "rocket"]) {
      await typeQuery(page, query);
      const { status, results } = await seenResults(page);
      expect(results).toEqual([]);
      expect(status).toBe("沒有找到包含該檢索詞的文章。");
    }
  });
});

/**
 * The search page of the built sample, in headless Chromium: each query typed into the box finds
 * exactly the articles whose text contains it (computed from the hand-checked reading), served at
 * the root and under a sub-path.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectedTitles, sampleArchive } from "./archives.js";
import { goldItems } from "../support/corpus.js";
import { itemTitle } from "../../src/shape/item-title.js";
import { uiStrings } from "../../src/shape/i18n.js";
import { openSearchSite, seenResults, showAll, typeQuery, waitForAnswer } from "./harness.js";
import { FIRST_SCREEN } from "../../src/search/view.js";
import type { StaticServer } from "../../bench/static-server.js";
import { describeInBrowser } from "../support/browser.js";
import { TRADITIONAL_QUERIES } from "./traditional-queries.js";

const QUERIES = [
  "轴承",
  "聊城",
  "薛良诚",
  "新质生产力",
  "乡村振兴",
  "健步走",
  "400亿元",
  "381.55亿元",
  "火箭",
  "rocket",
];

describeInBrowser.each(["/", "/archive/"])("search page served under %s", (prefix) => {
  let served: StaticServer;
  let browser: Browser;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ served, browser, page, close } = await openSearchSite(sampleArchive(), { prefix }));
  });

  afterAll(() => close?.());

  it.each(QUERIES)("should find exactly the articles that contain %s", async (query) => {
    await typeQuery(page, query);
    const expected = expectedTitles(query);
    // The first screen shows its first six; "show more" the rest.
    expect((await seenResults(page)).results).toHaveLength(Math.min(FIRST_SCREEN, expected.length));
    const { status, results } = await showAll(page);
    expect(results.map((r) => r.title).sort()).toEqual(expected);
    if (expected.length === 0) expect(status).toBe("没有找到包含该检索词的文章。");
    else expect(status).toBe(`共找到 ${expected.length} 篇。`);
    for (const r of results) {
      expect(r.marked.length).toBeGreaterThan(0);
      for (const m of r.marked) expect(m.toLowerCase()).toContain(query.toLowerCase());
      expect(r.where).toBe("2025年3月17日 星期一 · 第1版");
    }
  });

  it.each(TRADITIONAL_QUERIES)(
    "should find with the Traditional %s exactly the articles that print %s, marked as printed",
    async (traditional, simplified) => {
      await typeQuery(page, traditional);
      const { status, results } = await showAll(page);
      const expected = expectedTitles(simplified);
      expect(expected.length).toBeGreaterThan(0);
      expect(results.map((r) => r.title).sort()).toEqual(expected);
      expect(status).toBe(`共找到 ${expected.length} 篇。`);
      for (const r of results) {
        expect(r.marked.length).toBeGreaterThan(0);
        // The hit is marked in the text as printed: the Simplified form, or a headline hit.
        for (const m of r.marked) expect(m).toContain(simplified);
      }
    },
  );

  it("should show each result's byline as printed, and its excerpt with the spaces of the text", async () => {
    await typeQuery(page, "聊城");
    const { results } = await showAll(page);
    const ui = uiStrings("zh-CN");
    const where = { date: "2025年3月17日", pageNumber: 1 };
    const bylines = new Map(goldItems().map((i) => [itemTitle(ui, i, where), i.byline ?? ""]));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.byline).toBe(bylines.get(r.title));
    expect(results.some((r) => r.byline.includes(" "))).toBe(true);
  });

  it("should keep the query in the URL, and run it when the page is opened from a shared link", async () => {
    await typeQuery(page, "健步走");
    expect(new URL(page.url()).searchParams.get("q")).toBe("健步走");
    const other = await browser.newPage();
    await other.goto(`${served.root}search/?q=${encodeURIComponent("新质生产力")}`);
    await waitForAnswer(other);
    expect((await seenResults(other)).results.map((r) => r.title).sort()).toEqual(
      expectedTitles("新质生产力"),
    );
    expect(await other.inputValue("#search-q")).toBe("新质生产力");
    await other.close();
  });

  it("should land the header's search form of any page on the search page with its results", async () => {
    const home = await browser.newPage();
    await home.goto(served.root);
    await home.fill("#site-search-q", "轴承");
    await Promise.all([home.waitForURL(/\/search\/\?q=/), home.press("#site-search-q", "Enter")]);
    await waitForAnswer(home);
    expect(new URL(home.url()).pathname).toBe(`${prefix}search/`);
    expect((await seenResults(home)).results.map((r) => r.title)).toEqual(expectedTitles("轴承"));
    await home.close();
  });

  it("should link each result to its article with the hit as a text fragment", async () => {
    await typeQuery(page, "轴承");
    const [result] = (await seenResults(page)).results;
    const url = new URL(result!.href, served.root);
    expect(url.pathname).toBe(`${prefix}2025/03/17/1/1/`);
    expect(url.hash).toBe(`#:~:text=${encodeURIComponent("轴承")}`);
    const article = await browser.newPage();
    await article.goto(url.href);
    expect(await article.locator("h1").textContent()).toBe(result!.title);
    expect(await article.locator("main").textContent()).toContain("轴承");
    await article.close();
  });

  it("should narrow results to a reporter chosen from the filter, with a human label", async () => {
    await typeQuery(page, "聊城");
    await page.click("#search-filters summary");
    await page
      .locator("#search-filter-reporter option", { hasText: "薛良诚" })
      .waitFor({ state: "attached" });
    const label = await page.locator("label[for=search-filter-reporter]").textContent();
    expect(label).toBe("记者");
    const options = await page.locator("#search-filter-reporter option").allTextContents();
    expect(options).toContain(
      `薛良诚 (${expectedTitles("聊城", (i) => i.reporters.includes("薛良诚")).length})`,
    );
    await page.selectOption("#search-filter-reporter", "薛良诚");
    await page.waitForURL(/reporter=/);
    await waitForAnswer(page);
    expect((await seenResults(page)).results.map((r) => r.title).sort()).toEqual(
      expectedTitles("聊城", (i) => i.reporters.includes("薛良诚")),
    );
    expect(new URL(page.url()).searchParams.get("reporter")).toBe("薛良诚");
    await page.selectOption("#search-filter-reporter", "");
    await waitForAnswer(page);
  });

  it("should show page and month filters as a reader writes them", async () => {
    await typeQuery(page, "聊城");
    if (!(await page.locator("#search-filters").getAttribute("open")))
      await page.click("#search-filters summary");
    await page.locator("#search-filter-page option", { hasText: "第1版" }).waitFor({ state: "attached" });
    const options = await page.locator("#search-filter-page option").allTextContents();
    expect(options).toEqual(["全部", `第1版 (${expectedTitles("聊城").length})`]);
    const months = await page.locator("#search-filter-month option").allTextContents();
    expect(months).toEqual(["全部", `2025年3月 (${expectedTitles("聊城").length})`]);
  });
});

/**
 * Results read as the page prints them, in headless Chromium on a small built archive: the
 * excerpt keeps spaces, case and the Traditional form; the dateline is set apart; the link's text
 * fragment is the hit as printed, so the browser finds it on the article page.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "../support/browser.js";
import type { Browser, Page } from "playwright-core";
import { shortArticlesArchive } from "./archives.js";
import { openSearchSite, seenResults, typeQuery } from "./harness.js";
import type { StaticServer } from "../../bench/static-server.js";

describeInBrowser("results as printed", () => {
  let served: StaticServer;
  let browser: Browser;
  let page: Page;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ served, browser, page, close } = await openSearchSite(
      shortArticlesArchive({
        "2025-05-06": [
          {
            headline: "盐湖城代表团来访",
            reporter: "冯诚",
            body: "来自 Salt Lake City 的代表团参观了 GDP 统计中心。",
          },
          {
            headline: "臺灣書展開幕",
            reporter: "赵丽",
            body: "第三十屆臺北國際書展今日開幕，發展文化交流。",
          },
        ],
      }),
    ));
  });
  afterAll(() => close?.());

  it("should keep a Latin phrase's spaces and case, and link to it as printed", async () => {
    await typeQuery(page, "salt lake");
    const [result] = (await seenResults(page)).results;
    expect(result?.excerpt).toContain("来自 Salt Lake City 的代表团");
    expect(result?.marked).toEqual(["Salt Lake"]);
    expect(result?.dateline).toBe("本报讯");
    const url = new URL(result!.href, served.root);
    expect(url.hash).toBe("#:~:text=Salt%20Lake");
    const article = await browser.newPage();
    await article.goto(url.href);
    expect(await article.locator("main").textContent()).toContain("Salt Lake");
    await article.close();
  });

  it("should mark a Simplified query's hit in the Traditional text as printed", async () => {
    await typeQuery(page, "台北国际书展");
    const [result] = (await seenResults(page)).results;
    expect(result?.marked).toEqual(["臺北國際書展"]);
    expect(new URL(result!.href, served.root).hash).toBe(`#:~:text=${encodeURIComponent("臺北國際書展")}`);
  });
});

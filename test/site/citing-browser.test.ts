/**
 * An article page of the built sample in headless Chromium: the page's script writes the reader's
 * own date into the GB/T 7714 citation and shows copy buttons that copy the citation as it reads;
 * and the punctuation of headings, bylines and citations is drawn by a CJK font (the page is also
 * saved as a screenshot, `article.png` in the output folder, to look at).
 */
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser, noBrowser } from "../support/browser.js";
import { launchChromium } from "../../bench/chromium.js";
import { serveStatic, type StaticServer } from "../../bench/static-server.js";
import { buildSite, type BuiltSite, repoRoot } from "../support/build.js";

let site: BuiltSite;
let served: StaticServer;
let browser: Browser;
let context: BrowserContext;
let tab: Page;

beforeAll(async () => {
  if (noBrowser) return;
  site = await buildSite(repoRoot);
  served = await serveStatic(site.dir);
  browser = await launchChromium();
  context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.origin });
  tab = await context.newPage();
  await tab.goto(new URL("2025/03/17/1/1/", served.root).href);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await served?.close();
  site?.remove();
});

/** The reader's date as the browser knows it, `YYYY-MM-DD`. */
const readersDate = (): Promise<string> =>
  tab.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

describeInBrowser("an article page in a browser", () => {
  it("should fill in the reader's date as the access date, and copy the citation as it reads", async () => {
    const today = await readersDate();
    const gbt = tab.locator("#cite-gbt");
    expect(await tab.locator("[data-accessed]").textContent()).toBe(today);
    const citation = (await gbt.textContent()) ?? "";
    expect(citation).toBe(
      `胡磊, 薛良诚. 推介会上，市长讲了5个“小故事”[N/OL]. 聊城日报, 2025-03-17(1)[${today}]. ` +
        "https://example.github.io/2025/03/17/1/1/.",
    );
    const button = tab.locator('button[data-copy="cite-gbt"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => button.textContent()).toBe("已复制");
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await tab.locator('button[data-copy="cite-plain"]').click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(
      await tab.locator("#cite-plain").textContent(),
    );
  });

  it("should draw the Chinese quotes of the headline, byline and citation in a CJK font", async () => {
    await tab.screenshot({ path: join(site.dir, "article.png"), fullPage: true });
    const cdp = await context.newCDPSession(tab);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    for (const selector of ["main h1", "#cite-gbt", "#cite-plain", ".byline"]) {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      const families = fonts.map((f) => f.familyName);
      expect(families.length, selector).toBeGreaterThan(0);
      // Every glyph of the text, the quotes included, comes from a CJK font (Noto CJK here).
      expect(
        families.filter((f) => !/CJK/.test(f)),
        `${selector}: ${families.join(", ")}`,
      ).toEqual([]);
    }
  });
});

/**
 * The search page as readers use it, in headless Chromium on the built sample: on a 390 px phone
 * (no sideways scrolling, controls large enough to read and to tap, filters folded away, axe clean
 * in light and dark mode), narrowing by dates and from an issue page, active filters as removable
 * chips, and next steps when nothing is found.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeInBrowser } from "../support/browser.js";
import { expectedTitles, sampleArchive } from "./archives.js";
import { openSearchSite, seenResults, showAll, waitForAnswer } from "./harness.js";
import type { StaticServer } from "../../bench/static-server.js";
import { repoRoot } from "../support/build.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** Screenshots for a person to look at; the assertions below are what the test checks. */
const shots = join(repoRoot, "test/.out");

describeInBrowser("the search page as readers use it", () => {
  let served: StaticServer;
  let browser: Browser;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ served, browser, close } = await openSearchSite(sampleArchive(), { prefix: "/archive/" }));
    mkdirSync(shots, { recursive: true });
  });
  afterAll(() => close?.());

  async function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
    const tab = await browser.newPage({ viewport: { width: options.width ?? 1024, height: 844 } });
    await tab.emulateMedia({ colorScheme: options.dark ? "dark" : "light" });
    await tab.goto(new URL(path, served.root).href);
    return tab;
  }

  const search = (query: string, params = ""): string =>
    `search/?q=${encodeURIComponent(query)}${params ? `&${params}` : ""}`;

  async function axeViolations(tab: Page): Promise<string[]> {
    await tab.addScriptTag({ path: axePath });
    const found = (await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run()).violations;
    })) as { id: string; nodes: { target: string[] }[] }[];
    return found.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  /** Relative luminance contrast of two computed `rgb()` colours (WCAG 2). */
  function contrast(a: string, b: string): number {
    const lum = (rgb: string): number => {
      const [r = 0, g = 0, bl = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  }

  describe("on a 390 px phone", () => {
    for (const dark of [false, true])
      it(`should fit, with controls of 16 px text and 24 px targets, and pass axe (${dark ? "dark" : "light"})`, async () => {
        const tab = await open(search("聊城", "reporter=薛良诚&from=2025-03-01&to=2025-03-31"), {
          width: 390,
          dark,
        });
        await waitForAnswer(tab);
        await tab.screenshot({
          path: join(shots, `search-390-${dark ? "dark" : "light"}.png`),
          fullPage: true,
        });
        expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const controls = await tab.evaluate(() =>
          [...document.querySelectorAll("main input, main select, main button, main summary")]
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => ({
              what: `${el.tagName.toLowerCase()}#${el.id || el.textContent}`,
              fontPx: parseFloat(getComputedStyle(el).fontSize),
              heightPx: el.getBoundingClientRect().height,
            })),
        );
        expect(controls.length).toBeGreaterThanOrEqual(5);
        for (const c of controls) {
          expect(c.fontPx, c.what).toBeGreaterThanOrEqual(16);
          expect(c.heightPx, c.what).toBeGreaterThanOrEqual(24);
        }
        // One search box on the search page: the header's is not there.
        expect(await tab.locator('input[type="search"]').count()).toBe(1);
        // The filters stay folded on a phone; the chips say which are active.
        expect(await tab.locator("#search-filters").getAttribute("open")).toBeNull();
        expect(await tab.locator("#search-chips").isVisible()).toBe(true);
        const mark = await tab.evaluate(() => {
          const m = document.querySelector("#search-results mark");
          return m ? { fg: getComputedStyle(m).color, bg: getComputedStyle(m).backgroundColor } : null;
        });
        expect(mark).not.toBeNull();
        expect(contrast(mark!.fg, mark!.bg)).toBeGreaterThanOrEqual(4.5);
        expect(await axeViolations(tab)).toEqual([]);
        await tab.close();
      });
  });

  describe("narrowing", () => {
    it("should show active filters as chips that each remove theirs, and clear them all", async () => {
      const tab = await open(search("聊城", "reporter=薛良诚&from=2025-03-01&to=2025-03-31"));
      await waitForAnswer(tab);
      const chips = tab.locator("#search-chips .chip");
      expect(await chips.allTextContents()).toEqual(["记者：薛良诚", "2025年3月1日至2025年3月31日"]);
      expect((await seenResults(tab)).results.map((r) => r.title).sort()).toEqual(
        expectedTitles("聊城", (i) => i.reporters.includes("薛良诚")),
      );
      await chips.first().click();
      await waitForAnswer(tab);
      expect(new URL(tab.url()).searchParams.get("reporter")).toBeNull();
      expect((await showAll(tab)).results.map((r) => r.title).sort()).toEqual(expectedTitles("聊城"));
      await tab.click("#search-clear");
      await waitForAnswer(tab);
      expect(new URL(tab.url()).searchParams.get("from")).toBeNull();
      expect(await tab.locator("#search-chips").isVisible()).toBe(false);
      await tab.close();
    });

    it("should find nothing outside a date range, and everything inside it", async () => {
      const tab = await open(search("聊城", "from=2025-03-18"));
      await waitForAnswer(tab);
      expect((await seenResults(tab)).results).toEqual([]);
      await tab.click("#search-filters summary");
      await tab.fill("#search-from", "2025-03-17");
      await tab.dispatchEvent("#search-from", "change");
      await tab.waitForURL(/from=2025-03-17/);
      await waitForAnswer(tab);
      expect((await showAll(tab)).results.map((r) => r.title).sort()).toEqual(expectedTitles("聊城"));
      await tab.close();
    });

    it("should search one issue from its page", async () => {
      const tab = await open("2025/03/17/");
      await tab.fill("#issue-search-q", "軸承");
      await Promise.all([tab.waitForURL(/\/search\/\?/), tab.press("#issue-search-q", "Enter")]);
      await waitForAnswer(tab);
      const url = new URL(tab.url());
      expect([url.searchParams.get("from"), url.searchParams.get("to")]).toEqual([
        "2025-03-17",
        "2025-03-17",
      ]);
      expect((await seenResults(tab)).results.map((r) => r.title)).toEqual(expectedTitles("轴承"));
      await tab.close();
    });
  });

  describe("when nothing is found", () => {
    it("should say so and offer both scripts, fewer characters, no filters and the dates to browse", async () => {
      const tab = await open(search("聊城火箭", "reporter=薛良诚"));
      await waitForAnswer(tab);
      expect((await seenResults(tab)).status).toBe("没有找到包含该检索词的文章。");
      const help = tab.locator("#search-help");
      expect(await help.isVisible()).toBe(true);
      expect(await help.locator("p").first().textContent()).toBe("简体、繁体写法都已检索。");
      const links = await help.locator("a").allTextContents();
      expect(links).toEqual([
        "少几个字：聊城火",
        "少几个字：城火箭",
        "去掉筛选条件再检索",
        "按日期浏览全部报纸",
      ]);
      await help.locator("a", { hasText: "去掉筛选条件再检索" }).click();
      await waitForAnswer(tab);
      expect(new URL(tab.url()).searchParams.get("reporter")).toBeNull();
      await tab.close();
    });

    it("should say which Simplified form a Traditional query was searched as", async () => {
      const tab = await open(search("火箭發射"));
      await waitForAnswer(tab);
      expect(await tab.locator("#search-help p").first().textContent()).toBe(
        "简体、繁体写法都已检索（按“火箭发射”检索）。",
      );
      await tab.close();
    });
  });
});

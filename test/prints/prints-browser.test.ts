/**
 * In headless Chromium, on the archive with prints: the scans load, the pages fit 1280 px and a
 * 390 px phone without sideways scrolling, axe finds no violation in light and dark mode, and the
 * date box finds an issue.
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../bench/chromium.js";
import { serveStatic, type StaticServer } from "../../bench/static-server.js";
import { buildSite, type BuiltSite } from "../support/build.js";
import { writeArchive } from "../site/build.js";
import { printsArchive, PRINTS_ISSUE } from "./fixture.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let root: string;
let site: BuiltSite;
let served: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  root = writeArchive(await printsArchive());
  site = await buildSite(root, { prefix: "/archive/" });
  served = await serveStatic(site.dir, { prefix: site.prefix, gzip: false });
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await served?.close();
  site?.remove();
  if (root) rmSync(root, { recursive: true, force: true });
});

const PAGES = {
  "page view with a scan": `${PRINTS_ISSUE}1/`,
  "page view with a PDF": `${PRINTS_ISSUE}2/`,
  "page view with text only": `${PRINTS_ISSUE}3/`,
  "page view with a scan only": `${PRINTS_ISSUE}4/`,
  issue: PRINTS_ISSUE,
  article: `${PRINTS_ISSUE}1/1/`,
  year: "/2025/",
  home: "/",
};

async function open(path: string, width: number, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const tab = await context.newPage();
  await tab.setViewportSize({ width, height: 900 });
  await tab.emulateMedia({ colorScheme });
  const response = await tab.goto(new URL(path.slice(1), served.root).href, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  return tab;
}

describe("prints in the browser", () => {
  it("should load the page's scan and show it beside the text at 1280 px, above it at 390 px", async () => {
    for (const width of [1280, 390]) {
      const tab = await open(`${PRINTS_ISSUE}1/`, width);
      const layout = await tab.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>(".print picture img")!;
        const text = document.querySelector(".page-view .text")!.getBoundingClientRect();
        const print = img.getBoundingClientRect();
        return { loaded: img.complete && img.naturalWidth > 0, current: img.currentSrc, print, text };
      });
      expect(layout.loaded, `${width}`).toBe(true);
      // The browser picked the best format it knows, served from the site.
      expect(layout.current).toMatch(/\/archive\/prints\/.+\.avif$/);
      if (width === 1280) {
        expect(layout.text.left).toBeGreaterThanOrEqual(layout.print.right);
        expect(layout.text.top).toBeLessThan(layout.print.bottom);
      } else expect(layout.text.top).toBeGreaterThanOrEqual(layout.print.bottom);
      await tab.close();
    }
  });

  it("should fit 1280 and 390 px without sideways scrolling", async () => {
    for (const width of [1280, 390])
      for (const [name, path] of Object.entries(PAGES)) {
        const tab = await open(path, width);
        const scrollWidth = await tab.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${name} at ${width}`).toBeLessThanOrEqual(width);
        await tab.close();
      }
  });

  for (const [name, path] of Object.entries(PAGES))
    it(`should find no accessibility violation on the ${name}, light and dark`, async () => {
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        const tab = await open(path, 1280, colorScheme);
        await tab.addScriptTag({ path: axePath });
        const violations = (await tab.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
          return (await axe.run()).violations;
        })) as { id: string; nodes: { target: string[] }[] }[];
        found.push(
          ...violations.map((v) => `${colorScheme} ${v.id} at ${v.nodes.map((n) => n.target).join(", ")}`),
        );
        await tab.close();
      }
      expect(found).toEqual([]);
    });
});

describe("the date box", () => {
  it("should go to the issue of the day, or to the nearest one before it", async () => {
    const tab = await open("/2025/", 390);
    const form = tab.locator("form.find-date");
    await form.waitFor({ state: "visible" });
    await tab.fill("#find-date-d", "2025-03-18");
    await Promise.all([tab.waitForURL(/\/2025\/03\/18\/$/), form.locator("button").click()]);
    await tab.goBack();
    await tab.fill("#find-date-d", "2025-03-16");
    await Promise.all([tab.waitForURL(/\/2024\/03\/17\/$/), form.locator("button").click()]);
    await tab.close();
  });

  it("should say so when the archive starts after the date", async () => {
    const tab = await open("/", 1280);
    await tab.locator("form.find-date").waitFor({ state: "visible" });
    await tab.fill("#find-date-d", "2020-01-01");
    await tab.locator("form.find-date button").click();
    await expect
      .poll(() => tab.locator("form.find-date .status").textContent())
      .toBe("该日期及以前没有报纸。");
    await tab.close();
  });

  it("should stay hidden without JavaScript, leaving the calendars", async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const tab = await plain.newPage();
    await tab.goto(new URL("2025/", served.root).href);
    expect(await tab.locator("form.find-date").isVisible()).toBe(false);
    expect(await tab.locator("table.month").count()).toBe(1);
    await plain.close();
  });
});

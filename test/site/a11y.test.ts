/**
 * In headless Chromium: axe-core finds no accessibility violation on each kind of page, in light
 * and in dark mode; pages fit a phone, show keyboard focus, follow dark mode and print cleanly.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../../bench/chromium.js";
import { serveStatic, type StaticServer } from "../../bench/static-server.js";
import { buildFixture } from "./build.js";
import { type BuiltSite, repoRoot } from "../support/build.js";
import { browseArchive } from "./fixture.js";
import { describeInBrowser, noBrowser } from "../support/browser.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let site: BuiltSite;
let served: StaticServer;
let browser: Browser;
/** One context for all tabs, as one reader's browser window. */
let context: BrowserContext;

beforeAll(async () => {
  if (noBrowser) return;
  site = await buildFixture(browseArchive(), { prefix: "/archive/" });
  served = await serveStatic(site.dir, { prefix: site.prefix, gzip: false, notFoundPage: true });
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await served?.close();
  site?.remove();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(path: string, colorScheme: "light" | "dark"): Promise<string[]> {
  const tab = await context.newPage();
  await tab.emulateMedia({ colorScheme });
  const response = await tab.goto(new URL(path, served.root).href);
  expect(response?.status(), path).toBe(200);
  await tab.addScriptTag({ path: axePath });
  const found = (await tab.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as Violation[];
  await tab.close();
  return found.map(
    (v) =>
      `${path} (${colorScheme}) ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

const PAGES: Record<string, string> = {
  home: "",
  year: "2025/",
  issue: "2025/03/17/",
  page: "2025/03/17/5/",
  article: "2025/03/17/5/2/",
  "people index": "people/",
  person: "people/薛良诚/",
  place: "places/临清/",
  "data downloads": "data/",
  "not found": "404.html",
};

describeInBrowser("accessibility (axe-core in Chromium)", () => {
  for (const [name, path] of Object.entries(PAGES))
    it(`should find no violation on the ${name} page`, async () => {
      expect([...(await violations(path, "light")), ...(await violations(path, "dark"))]).toEqual([]);
    });

  it.runIf(existsSync(join(repoRoot, "pages/search.njk")))(
    "should find no violation on the search page",
    async () => {
      expect([...(await violations("search/", "light")), ...(await violations("search/", "dark"))]).toEqual(
        [],
      );
    },
  );
});

describeInBrowser("reading comfort (Chromium)", () => {
  it("should fit a phone's width without sideways scrolling", async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 360, height: 740 });
    for (const path of ["", "2025/", "2025/03/17/", "2025/03/17/5/", "2025/03/17/5/1/"]) {
      await tab.goto(new URL(path, served.root).href);
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
    await tab.close();
  });

  it("should show where the keyboard focus is, starting with the skip link", async () => {
    const tab = await context.newPage();
    await tab.goto(new URL("2025/03/17/5/1/", served.root).href);
    await tab.keyboard.press("Tab");
    const focused = await tab.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        text: el.textContent,
        outline: style.outlineStyle,
        width: style.outlineWidth,
        left: el.getBoundingClientRect().left,
      };
    });
    expect(focused.text).toBe("跳到正文");
    expect(focused.outline).not.toBe("none");
    expect(focused.width).not.toBe("0px");
    expect(focused.left).toBeGreaterThanOrEqual(0);
    await tab.close();
  });

  it("should change colours with the system's dark mode", async () => {
    const tab = await context.newPage();
    const colours: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      await tab.emulateMedia({ colorScheme });
      await tab.goto(new URL("2025/03/17/5/1/", served.root).href);
      colours.push(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    expect(colours[0]).not.toBe(colours[1]);
    await tab.close();
  });

  it("should leave navigation, search and pagers out of print", async () => {
    const tab = await context.newPage();
    await tab.emulateMedia({ media: "print" });
    await tab.goto(new URL("2025/03/17/5/2/", served.root).href);
    const shown = await tab.evaluate(() =>
      ["header nav", ".site-search", ".pager", "main article h1", ".cite"].map(
        (sel) => getComputedStyle(document.querySelector(sel) as Element).display !== "none",
      ),
    );
    expect(shown).toEqual([false, false, false, true, true]);
    await tab.close();
  });
});

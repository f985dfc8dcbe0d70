/**
 * Driving the built search page in real headless Chromium, for the tests here. (What a cold search
 * downloads is measured by `npm run bench`, in `bench/search-cost.ts`.)
 *
 * `openSearchSite(archive)` builds, serves and opens the search page; `typeQuery(page, query)` types
 * a query into it as a reader does and `seenResults(page)` returns what the reader sees.
 */
import type { Browser, Page } from "playwright-core";
import { rmSync } from "node:fs";
import { launchChromium } from "../../bench/chromium.js";
import { serveStatic, type StaticServer } from "../../bench/static-server.js";
import { type BuildOptions, type BuiltSite, buildSite } from "../support/build.js";

/** A built archive, served, with its search page open in headless Chromium. */
export interface SearchSite {
  site: BuiltSite;
  served: StaticServer;
  browser: Browser;
  /** The search page, opened at `<root>search/`. */
  page: Page;
  /** Closes the browser and the server, removes the site and the archive. */
  close: () => Promise<void>;
}

/**
 * Builds the archive at `archive` (a temp dir this takes over), serves it uncompressed under the
 * prefix it was built with, and opens its search page in headless Chromium (`bench/chromium.ts`).
 */
export async function openSearchSite(archive: string, options: BuildOptions = {}): Promise<SearchSite> {
  const opened: { site?: BuiltSite; served?: StaticServer; browser?: Browser } = {};
  const close = async (): Promise<void> => {
    await opened.browser?.close();
    await opened.served?.close();
    opened.site?.remove();
    rmSync(archive, { recursive: true, force: true });
  };
  try {
    const site = (opened.site = await buildSite(archive, options));
    const served = (opened.served = await serveStatic(site.dir, { prefix: site.prefix, gzip: false }));
    const browser = (opened.browser = await launchChromium());
    const page = await browser.newPage();
    await page.goto(`${served.root}search/`);
    return { site, served, browser, page, close };
  } catch (error) {
    // Nothing of a half-opened site is left behind.
    await close();
    throw error;
  }
}

/** One result as the reader sees it. */
export interface SeenResult {
  title: string;
  href: string;
  where: string;
  byline: string;
  excerpt: string;
  /** The dateline the excerpt sets apart, or empty. */
  dateline: string;
  marked: string[];
}

/** Waits until the page has answered the search it is running (status no longer "searching"). */
export async function waitForAnswer(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    const searching = JSON.parse(document.getElementById("search-config")?.textContent ?? "{}").strings
      ?.searching;
    return status !== "" && status !== searching;
  });
}

/** What the search page shows now. */
export async function seenResults(page: Page): Promise<{ status: string; results: SeenResult[] }> {
  return page.evaluate(() => ({
    status: document.getElementById("search-status")?.textContent ?? "",
    results: [...document.querySelectorAll("#search-results > li")].map((li) => ({
      title: li.querySelector("h2 a")?.textContent ?? "",
      href: li.querySelector("h2 a")?.getAttribute("href") ?? "",
      where: li.querySelector(".where")?.textContent ?? "",
      byline: li.querySelector(".byline")?.textContent ?? "",
      excerpt: li.querySelector(".excerpt")?.textContent ?? "",
      dateline: li.querySelector(".excerpt .dateline")?.textContent ?? "",
      marked: [...li.querySelectorAll(".excerpt mark")].map((m) => m.textContent ?? ""),
    })),
  }));
}

/** Types `query` into the search page's box and submits it, as a reader does. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.fill("#search-q", query);
  await Promise.all([page.press("#search-q", "Enter")]);
  await waitForAnswer(page);
}

/** Presses "show more" until every result is shown and counted; returns what is then seen. */
export async function showAll(page: Page): Promise<{ status: string; results: SeenResult[] }> {
  for (let i = 0; i < 10 && (await page.isVisible("#search-more")); i++) {
    const before = {
      status: (await page.locator("#search-status").textContent()) ?? "",
      shown: await page.locator("#search-results > li").count(),
    };
    await page.click("#search-more");
    // Done when more are shown, or the status says something new (an exact count, none found).
    await page.waitForFunction((b) => {
      const status = document.getElementById("search-status")?.textContent ?? "";
      const searching = JSON.parse(document.getElementById("search-config")?.textContent ?? "{}").strings
        ?.searching;
      if (status === searching) return false;
      return document.querySelectorAll("#search-results > li").length > b.shown || status !== b.status;
    }, before);
  }
  return seenResults(page);
}

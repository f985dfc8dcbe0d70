/**
 * Driving the built search page in real headless Chromium, for the tests here. (What a cold search
 * downloads is measured by `npm run bench`, in `bench/search-cost.ts`.)
 *
 * Sites are built by `buildSite` (`test/support/build.ts`) and served by `serveStatic`
 * (`bench/static-server.ts`). `openBrowser()`, then `typeQuery(page, query)` types a query into the
 * search page as a reader does and `seenResults(page)` returns what the reader sees.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../bench/chromium.js";

/** Headless Chromium (`bench/chromium.ts`), with the way to close it. */
export async function openBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return {
    browser,
    close: () => browser.close(),
  };
}

/** One result as the reader sees it. */
export interface SeenResult {
  title: string;
  href: string;
  where: string;
  excerpt: string;
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
      excerpt: li.querySelector(".excerpt")?.textContent ?? "",
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

/**
 * Driving the built search page in real headless Chromium, for the tests here. (What a cold search
 * downloads is measured by `npm run bench`, in `bench/search-cost.ts`.)
 *
 * - `buildSite(archiveRoot, prefix)`: a real build, the command `npm run build` runs, into a temp dir.
 * - the site is served by `serveStatic` from `bench/static-server.ts`.
 * - `openBrowser()` / `searchPage(page, root, query)`: types a query into the search page and
 *   returns what a reader sees.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../bench/chromium.js";

const repo = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/**
 * Builds the archive at `archiveRoot` under `prefix` (`/` or `/archive/`); returns the output dir.
 * `env` adds variables, e.g. `ARCHIVE_SEARCH_SHARD_RECORDS` for smaller index shards.
 */
export async function buildSite(
  archiveRoot: string,
  prefix = "/",
  env: Record<string, string> = {},
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "search-site-"));
  await run(
    join(repo, "node_modules/.bin/tsx"),
    ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${dir}`, "--quiet"],
    {
      cwd: repo,
      env: { ...process.env, ARCHIVE_ROOT: archiveRoot, ARCHIVE_PATH_PREFIX: prefix, ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return dir;
}

export const removeSite = (dir: string): void => rmSync(dir, { recursive: true, force: true });

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

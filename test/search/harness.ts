/**
 * Driving the built search page in real headless Chromium, for the tests here and for
 * `npm run bench` (`coldQuery` counts what one search downloads on a fresh page).
 *
 * - `buildSite(archiveRoot, prefix)`: a real build, the command `npm run build` runs, into a temp dir.
 * - `serveSite(dir, prefix, { gzip })`: a static server on 127.0.0.1 and a random port, serving the
 *   site under its path prefix; with `gzip` it compresses text files as static hosts do.
 * - `openBrowser()` / `searchPage(page, root, query)`: types a query into the search page and
 *   returns what a reader sees.
 */
import { execFile } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
};
/** What a static host compresses; Pagefind's own files are gzipped already and sent as they are. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".xml"]);

export interface Served {
  /** Origin plus prefix: `http://127.0.0.1:40123/archive/`. */
  root: string;
  close: () => Promise<void>;
}

export async function serveSite(
  dir: string,
  prefix = "/",
  options: { gzip?: boolean } = {},
): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.startsWith(prefix) ? join(dir, path.slice(prefix.length)) : "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end("not found");
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { "content-type": TYPES[ext] ?? "application/octet-stream" };
    if (
      options.gzip &&
      COMPRESSIBLE.has(ext) &&
      /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    ) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": String(body.length) });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, "content-length": String(statSync(file).size) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

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

/** Bytes one cold search downloads: everything the fresh page fetches until its results show. */
export interface ColdQuery {
  query: string;
  /** Bytes on the wire (after content-encoding), headers excluded. */
  transferBytes: number;
  /** Bytes of the decoded bodies. */
  bodyBytes: number;
  requests: { url: string; transferBytes: number }[];
  /** Milliseconds from navigation to results shown. */
  ms: number;
  status: string;
  results: number;
}

/**
 * Opens `<root>search/?q=<query>` in a new browser context (empty cache) and counts every response
 * until the results are shown. For `npm run bench`: serve the site with `serveSite(dir, prefix,
 * { gzip: true })` to count what a compressing static host would send, without it for raw bytes.
 */
export async function coldQuery(browser: Browser, root: string, query: string): Promise<ColdQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: ColdQuery["requests"] = [];
  let bodyBytes = 0;
  const pending: Promise<void>[] = [];
  // Worker requests are seen by the context, not the page.
  context.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then(async (sizes) => {
        const response = await request.response();
        // Chromium reports no body size for a worker's own script; its Content-Length says it.
        const declared = Number((await response?.allHeaders())?.["content-length"] ?? 0);
        requests.push({ url: request.url(), transferBytes: sizes.responseBodySize || declared });
        bodyBytes += (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
      }),
    );
  });
  const started = Date.now();
  await page.goto(`${root}search/?q=${encodeURIComponent(query)}`);
  await waitForAnswer(page);
  const ms = Date.now() - started;
  const seen = await seenResults(page);
  await Promise.all(pending);
  await context.close();
  return {
    query,
    transferBytes: requests.reduce((s, r) => s + r.transferBytes, 0),
    bodyBytes,
    requests,
    ms,
    status: seen.status,
    results: seen.results.length,
  };
}

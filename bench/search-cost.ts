/**
 * What a cold search costs a reader: each query opened as `/search/?q=…` in a fresh headless
 * Chromium context (empty cache) against the built site on a local static server, counting every
 * byte the page fetched until the network settles.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromiumMissing, launchChromium } from "./chromium.js";
import { serveStatic, type ServedRequest } from "./static-server.js";

/** The bytes one cold query fetched. */
export interface QueryCost {
  query: string;
  /** Body bytes on the wire (gzip where the server compresses). */
  wireKB: number;
  /** The same files' sizes on disk. */
  rawKB: number;
  /** The part of `wireKB` under `/pagefind/`. */
  pagefindWireKB: number;
  requests: number;
  /** Whether result fragments were fetched, i.e. results were shown. */
  fragmentsFetched: number;
  /** From navigation to the last request. */
  secondsToSettle: number;
}

export interface SearchCost {
  /** Null when it could not be measured; `reason` says why. */
  queries: QueryCost[] | null;
  reason: string | null;
  meanWireKB: number | null;
  meanRawKB: number | null;
}

const KB = 1024;
const round1 = (n: number): number => Number(n.toFixed(1));
const sum = (requests: readonly ServedRequest[], pick: (r: ServedRequest) => number): number =>
  requests.reduce((total, r) => total + pick(r), 0);

/** Waits until no request has arrived for `quietMs` (or `maxMs` passed). */
async function settle(
  requests: () => readonly ServedRequest[],
  quietMs: number,
  maxMs: number,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const list = requests();
    const last = list.length > 0 ? list[list.length - 1]!.at : started;
    if (Date.now() - last >= quietMs || Date.now() - started >= maxMs) return;
  }
}

export async function measureSearchCost(siteDir: string, queries: readonly string[]): Promise<SearchCost> {
  if (!existsSync(join(siteDir, "search", "index.html"))) {
    return { queries: null, reason: "the build has no /search/ page yet", meanWireKB: null, meanRawKB: null };
  }
  const noBrowser = chromiumMissing();
  if (noBrowser) return { queries: null, reason: noBrowser, meanWireKB: null, meanRawKB: null };
  const server = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const costs: QueryCost[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      server.reset();
      const started = Date.now();
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
      await settle(() => server.requests, 1500, 30_000);
      const requests = [...server.requests];
      await context.close();
      const pagefind = requests.filter((r) => r.path.includes("/pagefind/"));
      costs.push({
        query,
        wireKB: round1(sum(requests, (r) => r.wireBytes) / KB),
        rawKB: round1(sum(requests, (r) => r.rawBytes) / KB),
        pagefindWireKB: round1(sum(pagefind, (r) => r.wireBytes) / KB),
        requests: requests.length,
        fragmentsFetched: pagefind.filter((r) => r.path.includes("fragment")).length,
        secondsToSettle: round1(((requests[requests.length - 1]?.at ?? started) - started) / 1000),
      });
    }
    if (costs.every((c) => c.pagefindWireKB === 0)) {
      return {
        queries: costs,
        reason:
          "the search page fetched nothing from /pagefind/ (no index, or the page does not search on load)",
        meanWireKB: null,
        meanRawKB: null,
      };
    }
    const mean = (pick: (c: QueryCost) => number): number =>
      round1(costs.reduce((t, c) => t + pick(c), 0) / costs.length);
    return {
      queries: costs,
      reason: null,
      meanWireKB: mean((c) => c.wireKB),
      meanRawKB: mean((c) => c.rawKB),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

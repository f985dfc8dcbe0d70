/**
 * A link checker over a built site: every internal `href`/`src`/`action` of every HTML page, and
 * every URL of the sitemaps, must name a file of the site (and a fragment an id of that page).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BASE_URL, htmlFiles, page, sitePath } from "./build.js";
import { type BuiltSite, siteFiles } from "../support/build.js";

export interface FoundLink {
  /** The page the link is on. */
  from: string;
  /** The attribute as written. */
  raw: string;
}

const LINKING = "a[href], link[href], script[src], img[src], source[src], form[action], iframe[src]";

/** Every link attribute of every page; `internal` ones point into the site's origin. */
export function collectLinks(site: BuiltSite): FoundLink[] {
  return htmlFiles(site.dir).flatMap((from) =>
    [...page(site, from).querySelectorAll(LINKING)].map((el) => ({
      from,
      raw: el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? "",
    })),
  );
}

/** The link resolved against its page; null when it leaves the site's origin. */
export function resolveLink(site: BuiltSite, link: FoundLink): URL | null {
  const pageUrl = new URL(`${site.prefix.replace(/\/$/, "")}${link.from}`, BASE_URL);
  const url = new URL(link.raw, pageUrl);
  return url.origin === BASE_URL ? url : null;
}

/** The file a site URL is served from, or null if there is none. */
export function fileFor(site: BuiltSite, url: URL): string | null {
  if (!url.pathname.startsWith(site.prefix)) return null;
  const path = decodeURIComponent(url.pathname.slice(site.prefix.length));
  const full = join(site.dir, path);
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, "index.html");
  return existsSync(index) ? index : null;
}

/** Links whose target file (or fragment) does not exist, as `page → link` lines. */
export function brokenLinks(site: BuiltSite): string[] {
  const broken: string[] = [];
  for (const link of collectLinks(site)) {
    const url = resolveLink(site, link);
    if (!url) continue;
    const file = fileFor(site, url);
    if (!file) broken.push(`${link.from} → ${link.raw}`);
    else if (url.hash && file.endsWith(".html")) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!readFileSync(file, "utf8").includes(`id="${id}"`))
        broken.push(`${link.from} → ${link.raw} (no such id)`);
    }
  }
  return broken;
}

/** Sitemap URLs that name no file of the site. */
export function brokenSitemapUrls(site: BuiltSite): string[] {
  return siteFiles(site.dir)
    .filter((f) => f.endsWith(".xml") && (f === "/sitemap.xml" || f.startsWith("/sitemaps/")))
    .flatMap((f) =>
      [...readFileSync(join(site.dir, f), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ""),
    )
    .filter((loc) => !fileFor(site, new URL(loc)));
}

/** An item's own page: `/YYYY/MM/DD/<page>/<n>/index.html`. */
export const ITEM_PAGE = /^\/\d{4}\/\d{2}\/\d{2}\/\d+\/\d+\/index\.html$/;

/** Every HTML page reachable from the home page by following `<a href>` links, as site paths. */
export function crawl(site: BuiltSite): Set<string> {
  const seen = new Set<string>(["/index.html"]);
  const queue = ["/index.html"];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const a of page(site, file).querySelectorAll("a[href]")) {
      const target = sitePath(site, a.getAttribute("href") ?? "")?.replace(/#.*$/, "");
      if (!target) continue;
      const next = target.endsWith("/") ? `${target}index.html` : target;
      if (next.endsWith(".html") && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * `sitemap.xml` and `robots.txt`. The sitemap protocol allows 50,000 URLs per file, so the URLs
 * are written in numbered files listed by the index at `sitemapPath()`.
 */
import type { ShapeContext } from "./context.js";
import { robotsPath, sitemapFilePath, sitemapPath } from "./urls.js";
import type { Site, SitemapFile } from "./views.js";

/** Below the protocol's 50,000 so that a file also stays well under its 50 MB. */
export const URLS_PER_SITEMAP = 40_000;

/** `pages`: every page of the site, site-relative, with the date its content last changed. */
export function sitemaps(
  ctx: ShapeContext,
  pages: { path: string; updated: string | null }[],
): Pick<Site, "sitemaps" | "sitemapIndex"> {
  const files: SitemapFile[] = [];
  for (let start = 0; start < pages.length || files.length === 0; start += URLS_PER_SITEMAP)
    files.push({
      permalink: sitemapFilePath(files.length + 1),
      urls: pages
        .slice(start, start + URLS_PER_SITEMAP)
        .map((page) => ({ loc: ctx.absolute(page.path), lastmod: page.updated })),
    });
  return {
    sitemaps: files,
    sitemapIndex: {
      permalink: sitemapPath(),
      files: files.map((f) => ctx.absolute(f.permalink)),
    },
  };
}

export const robots = (ctx: ShapeContext): Site["robots"] => ({
  permalink: robotsPath(),
  sitemap: ctx.absolute(sitemapPath()),
});

/**
 * The reader's pages: shapes the view models once per build (`site` global data, see `views.ts`)
 * and copies the stylesheet. Templates in `pages/` page over `site.*` with `alias: view`.
 *
 * Render cost: Eleventy 3.1 compiles a paginated template's own body, and any `{{ }}` permalink
 * string, again for every page it writes (its compile cache is off for Nunjucks), while Nunjucks
 * compiles an `{% include %}` once. So each `pages/*.njk` is only JS front matter with a permalink
 * function and one include of its body in `_includes/views/`; on a month of a daily that took
 * rendering from ~4.5× to about the bare-Eleventy baseline.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Archive } from "../model.js";
import type { EncodedPrints } from "../prints/image.js";
import { bundleFindDate } from "./client/bundle.js";
import { shapeSite } from "./site.js";
import { IssueViewsMemo } from "./issue-views.js";
import type { Site } from "./views.js";
import type { RenderCache } from "../build/render-cache.js";

/**
 * The views a daily build or a save mostly leaves as they were (`RenderCache`): those of many
 * pages each, and the single pages that list much (the home page, the indexes, the sitemaps).
 */
const CACHED_KINDS = [
  "items",
  "pages",
  "issues",
  "years",
  "people",
  "places",
  "home",
  "peopleIndex",
  "placesIndex",
  "sitemaps",
] as const;

/**
 * The site as Eleventy pages over it: the views whose pages are in the render cache are left out
 * (the cache has put their pages in the output already).
 */
function toRender(site: Site, cache: RenderCache): Site {
  const rendered = { ...site };
  for (const kind of CACHED_KINDS)
    rendered[kind] = cache.select<Site[typeof kind][number]>(kind, site[kind], site.chrome) as never;
  return rendered;
}

export function sitePlugin(
  eleventyConfig: UserConfig,
  options: { getArchive: () => Archive; getPrints: () => EncodedPrints; renderCache?: RenderCache },
): void {
  // Shaped again only when the archive is reloaded (each build of `npm start`).
  const shaped = new WeakMap<Archive, Site>();
  // Each issue's views, kept from one rebuild to the next: a save reshapes the issues it touched.
  const memo = new IssueViewsMemo();
  const site = (): Site => {
    const archive = options.getArchive();
    let views = shaped.get(archive);
    // Frozen: Eleventy hands a frozen object to paginated pages as it is, while it wraps an
    // unfrozen one in a new proxy at every lookup (`site.chrome.ui.…` on each of ~30,000 pages).
    if (!views) {
      views = shapeSite(archive, options.getPrints(), memo);
      if (options.renderCache) views = toRender(views, options.renderCache);
      shaped.set(archive, (views = Object.freeze(views)));
    }
    return views;
  };
  eleventyConfig.addGlobalData("site", site);
  eleventyConfig.addPassthroughCopy({ "pages/assets": "assets" });
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await bundleFindDate(directories.output);
  });
}

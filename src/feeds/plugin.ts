/**
 * RSS, Atom and JSON feeds: latest articles, latest issues, one per reporter and correspondent.
 * The feeds are shaped from the archive model (`build.ts`) once per build and printed by virtual
 * Nunjucks templates, so they need no template files and no collections of rendered pages.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Archive } from "../model.js";
import { feedPaths, feedStylesheetPath } from "../shape/urls.js";
import { buildFeeds } from "./build.js";
import { atomTemplate, feedStylesheetTemplate, jsonTemplate, rssTemplate } from "./templates.js";
import type { ArchiveFeeds, Feed } from "./types.js";
import type { RenderCache } from "../build/render-cache.js";

/** Global data key the feed templates read. */
const dataKey = "archiveFeeds";

/** Data every feed template shares: feeds are not pages, so they stay out of collections and layouts. */
const notAPage = { layout: false, eleventyExcludeFromCollections: true };

export function feedsPlugin(
  eleventyConfig: UserConfig,
  options: { getArchive: () => Archive; renderCache?: RenderCache },
): void {
  // Built again only when the archive is reloaded (each build of `npm start`).
  const built = new WeakMap<Archive, ArchiveFeeds>();
  eleventyConfig.addGlobalData(dataKey, (): ArchiveFeeds => {
    const archive = options.getArchive();
    let feeds = built.get(archive);
    if (!feeds) {
      feeds = buildFeeds(archive);
      // An Atom feed (a person's, …) that did not change is put in place from the cache, not printed again.
      const cache = options.renderCache;
      if (cache) feeds = { ...feeds, atom: cache.select("atom", feeds.atom, null, (f) => f.outputPath) };
      built.set(archive, feeds);
    }
    return feeds;
  });

  // Each virtual template gets its own input path: the plugin's default one is derived from the
  // feed title, and a Chinese title slugifies to nothing, so two feeds would collide.
  eleventyConfig.addTemplate("feeds/atom.njk", atomTemplate, {
    ...notAPage,
    pagination: { data: `${dataKey}.atom`, size: 1, alias: "feed" },
    eleventyComputed: { permalink: (data: { feed: Feed }) => data.feed.outputPath },
  });
  eleventyConfig.addTemplate("feeds/rss.njk", rssTemplate, {
    ...notAPage,
    permalink: feedPaths.articlesRss,
    eleventyComputed: { feed: (data: { [dataKey]: ArchiveFeeds }) => data[dataKey].rss },
  });
  eleventyConfig.addTemplate("feeds/feed.xsl.njk", feedStylesheetTemplate, {
    ...notAPage,
    permalink: feedStylesheetPath(),
    eleventyComputed: { s: (data: { [dataKey]: ArchiveFeeds }) => data[dataKey].stylesheet },
  });
  eleventyConfig.addTemplate("feeds/json.njk", jsonTemplate, {
    ...notAPage,
    permalink: feedPaths.articlesJson,
    eleventyComputed: { feed: (data: { [dataKey]: ArchiveFeeds }) => data[dataKey].json },
  });
}

/** The latest-articles feed as JSON Feed 1.1; JSON.stringify does the escaping. */
import type { Feed, JsonFeed } from "./types.js";

const names = (list: string[]): { name: string }[] => list.map((name) => ({ name }));

export function toJsonFeed(feed: Feed): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    ...(feed.subtitle ? { description: feed.subtitle } : {}),
    language: feed.language,
    authors: names([feed.author]),
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      content_html: entry.contentHtml,
      date_published: entry.published,
      ...(entry.authors.length > 0 ? { authors: names(entry.authors) } : {}),
    })),
  };
}

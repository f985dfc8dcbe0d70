/** A feed's head (title, links, author, dates) around its entries. */
import type { ArchiveConfig } from "../model.js";
import { absoluteUrl, feedStylesheetPath, href } from "../shape/urls.js";
import { issueDates } from "./feed-entries.js";
import type { Feed, FeedEntry } from "./types.js";
import { xmlSafe } from "./xml-text.js";

export interface FeedSpec {
  /** Site-relative, unprefixed path the feed is written to (from `feedPaths` / `personFeedPath`). */
  path: string;
  /** Site-relative, unprefixed path of the page the feed follows. */
  homePath: string;
  title: string;
}

/**
 * `fallbackDate` (ISO date) stands as `updated` when the feed has no entries: the newest issue's,
 * so that an empty feed's date, like every other, comes from the archive and not the build time.
 */
export function feed(
  config: ArchiveConfig,
  spec: FeedSpec,
  entries: FeedEntry[],
  fallbackDate: string,
): Feed {
  const selfUrl = absoluteUrl(config, spec.path);
  const { published, publishedRfc822 } = entries[0] ?? issueDates(fallbackDate, config.timeZone);
  return {
    outputPath: spec.path,
    selfUrl,
    stylesheet: href(config, feedStylesheetPath()),
    id: selfUrl,
    homeUrl: absoluteUrl(config, spec.homePath),
    title: xmlSafe(spec.title),
    subtitle: xmlSafe(config.description),
    language: xmlSafe(config.language),
    author: xmlSafe(config.publisher || config.title),
    updated: published,
    updatedRfc822: publishedRfc822,
    entries,
  };
}

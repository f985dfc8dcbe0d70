/**
 * The feeds as data: what the Atom, RSS and JSON Feed templates print. Every string is already
 * stripped of characters XML cannot hold; escaping is left to the templates (Nunjucks autoescape)
 * and to JSON.stringify.
 */

/** One entry of a feed: an article, or an issue with its contents. */
export interface FeedEntry {
  /** Never changes between builds: the entry's absolute permalink. */
  id: string;
  /** The entry's page on the site, absolute. */
  url: string;
  /** Plain text (a headline, or an issue's date). */
  title: string;
  /** RFC 3339 at midnight of the issue day in the archive's time zone (`2025-03-17T00:00:00+08:00`). */
  published: string;
  /** The same instant in RFC 822, for RSS (`Mon, 17 Mar 2025 00:00:00 +0800`). */
  publishedRfc822: string;
  /** Reporters (记者), in print order. */
  authors: string[];
  /** Correspondents (通讯员), in print order. */
  contributors: string[];
  /** The entry's full text as HTML, its text already escaped. */
  contentHtml: string;
}

/** One feed, in whichever format its template writes. */
export interface Feed {
  /** Site-relative, unprefixed output path (the Eleventy permalink), e.g. `/feeds/articles.xml`. */
  outputPath: string;
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** Link (with the path prefix) to the XSLT stylesheet that shows the feed as a page in a browser. */
  stylesheet: string;
  /** Atom feed id: the feed's own URL, so that no two feeds share one. */
  id: string;
  /** The page the feed follows (home page, person page), absolute. */
  homeUrl: string;
  title: string;
  /** The archive's description; may be empty. */
  subtitle: string;
  /** BCP 47 tag from the archive config. */
  language: string;
  /** The publisher from the archive config, or the archive's title when none is set. */
  author: string;
  /** The newest entry's date (RFC 3339); the newest issue's when the feed is empty. */
  updated: string;
  updatedRfc822: string;
  /** Newest first. */
  entries: FeedEntry[];
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors: { name: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    date_published: string;
    authors?: { name: string }[];
  }[];
}

/**
 * What the feeds' XSLT stylesheet prints around the entries, in the archive's language: a browser
 * that opens a feed shows it as a page saying what it is and how to subscribe. Feed readers ignore
 * the stylesheet.
 */
export interface FeedStylesheet {
  outputPath: string;
  lang: string;
  /** The site's stylesheet and home page, with the path prefix. */
  css: string;
  home: string;
  siteName: string;
  /** What a feed is, and how to subscribe: one paragraph each. */
  about: string;
  howTo: string;
  address: string;
  colon: string;
  entries: string;
  backHome: string;
}

/** Everything the feed templates print, computed once per build. */
export interface ArchiveFeeds {
  stylesheet: FeedStylesheet;
  /** Latest articles, latest issues, then one per reporter or correspondent. */
  atom: Feed[];
  /** Latest articles, RSS 2.0. */
  rss: Feed;
  /** Latest articles, JSON Feed 1.1. */
  json: JsonFeed;
}

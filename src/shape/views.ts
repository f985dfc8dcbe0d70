/**
 * View models: everything a page template prints, already worded, linked (prefixed and encoded)
 * and ordered. Templates in `pages/` page over these with `alias: view` and compute nothing.
 */
import type { Block } from "../read/types.js";
import type { CalendarMonth } from "./calendar.js";
import type { UiStrings } from "./i18n.js";
import type { MetaTag } from "./meta-tags.js";
import type { OpenSearchView } from "./opensearch.js";
import type { PictureView, PrintImageView } from "./prints.js";

export type { PictureView, PrintImageView } from "./prints.js";

/** A link ready to print: `href` already carries the path prefix. */
export interface Link {
  href: string;
  text: string;
}

/** A `<link rel="alternate">` for feed autodiscovery. */
export interface Alternate {
  href: string;
  type: string;
  title: string;
}

/** What goes into a page's `<head>` besides the site-wide parts. */
export interface Head {
  /** The `<title>`: the page's own title, then the archive's name. */
  title: string;
  description: string;
  /** Absolute URL of the page (canonical link, `og:url`). */
  canonical: string;
  ogType: "website" | "article";
  /** JSON-LD, serialised and safe to print inside `<script type="application/ld+json">`; null for none. */
  jsonLd: string | null;
  /** Page-specific alternates (a person's feed). */
  alternates: Alternate[];
  /** `<meta name content>` for reference managers (an article's `citation_*` and `DC.*`). */
  meta: MetaTag[];
  /** Scripts the page loads (deferred), prefixed hrefs. */
  scripts: string[];
  /**
   * ISO date of the newest issue the page shows, the sitemap's `<lastmod>`: an archive's pages
   * change when an issue is added, so that is the last date their content changed (a correction
   * of an old page file does not move it: the build reads no file times, to stay deterministic).
   */
  updated: string | null;
}

/** The parts of every page that do not depend on the page: header, nav, search form, feeds. */
export interface Chrome {
  /** `lang` of every page: the archive's language. */
  lang: string;
  /** `og:locale`, e.g. `zh_CN`. */
  ogLocale: string;
  siteName: string;
  homeHref: string;
  stylesheetHref: string;
  /** The browsing views' own rules (home, year, issue, page view), linked from their bodies; article pages do without. */
  browseStylesheetHref: string;
  nav: Link[];
  searchAction: string;
  faviconHref: string;
  /** `<link rel="search">` to the OpenSearch description. */
  openSearch: { href: string; title: string };
  /** The footer's link to the data downloads. */
  data: Link;
  /** Site-wide feed autodiscovery links (all four formats). */
  feeds: Alternate[];
  /** The feeds shown in the footer: the Atom ones, which every reader understands. */
  footerFeeds: Link[];
  ui: UiStrings;
}

/** Every view a page template prints: its output path and its head. */
export interface PageViewBase {
  /** Output file for Eleventy's `permalink`, unprefixed (`/2025/03/17/index.html`). */
  permalink: string;
  head: Head;
}

/** An item as lists show it: issue pages, page views, person and place pages, the home page. */
export interface ItemSummary {
  href: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  byline: string | null;
  firstSentence: string;
  isNote: boolean;
  /** Where the item stands, for lists that span issues: `2025年3月17日 星期一 · 第5版`. */
  where: string;
}

export interface PageSummary {
  link: Link;
  /** The printed page number, shown where a page without a scan would have its thumbnail. */
  number: number;
  /** The page's scan, small; null when it has none (the page's name stands alone). */
  thumbnail: PictureView | null;
  items: ItemSummary[];
}

/** The find-an-issue-by-date box: shown by its script, which reads `datesHref` (a JSON list of issues). */
export interface DateFinder {
  label: string;
  button: string;
  /** Said when no issue is on or before the date asked for. */
  notFound: string;
  /** `[["2025-03-17", "/2025/03/17/"], …]`, oldest first. */
  datesHref: string;
  scriptHref: string;
}

export interface HomeView extends PageViewBase {
  title: string;
  description: string;
  latest: { link: Link; number: string | null; pages: PageSummary[] } | null;
  years: { link: Link; count: string }[];
  /** Fragment id of the years list, which the nav links to. */
  yearsAnchor: string;
  finder: DateFinder | null;
}

export interface YearView extends PageViewBase {
  heading: string;
  issueCount: string;
  /** Calendars of the months that have issues. */
  months: CalendarMonth[];
  /** The other months, named in one line (`无报纸的月份：1月、2月`), so that a year with few issues stays short on a phone; null when every month has issues. */
  monthsWithout: string | null;
  finder: DateFinder | null;
  previous: Link | null;
  next: Link | null;
}

export interface IssueView extends PageViewBase {
  heading: string;
  /** The issue's date (ISO): "search this issue" searches from and to it. */
  date: string;
  number: string | null;
  year: Link;
  pages: PageSummary[];
  /** The whole issue's PDF, linked with its size. */
  pdf: Link | null;
  /** The issues of the same month and day in other years (历史上的今天), oldest first. */
  sameDay: Link[];
  previous: Link | null;
  next: Link | null;
}

export interface PageView extends PageViewBase {
  heading: string;
  issue: Link;
  items: ItemSummary[];
  /** The page file's text as loaded, without its `@@` lines, printed in a `<pre>` with its line breaks; empty for a print-only page. */
  originalText: string;
  /** The page's scan, or null. */
  image: PrintImageView | null;
  pdf: Link | null;
  /** The page has its print only, no text. */
  printOnly: boolean;
  /** Every page of the issue, this one marked, for the navigation at the top. */
  pageList: { link: Link; current: boolean }[];
  previous: Link | null;
  next: Link | null;
}

/** A run of a printed line (byline, dateline) with a link where the run is a name. */
export interface LinkedRun {
  text: string;
  href: string | null;
}

export interface ItemView extends PageViewBase {
  isNote: boolean;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: LinkedRun[] | null;
  dateline: LinkedRun[] | null;
  blocks: Block[];
  issue: Link;
  page: Link;
  /** The newspaper's name, above the headline with the date and page. */
  newspaper: string;
  /** A small scan of the page, linked to the page view; null when the page has none. */
  thumbnail: PictureView | null;
  position: string;
  previous: Link | null;
  next: Link | null;
  citation: {
    /** GB/T 7714 around its access date: `lead[accessed]tail`; `accessed` is a placeholder the page's script fills with the reader's date. */
    gbt: { lead: string; accessed: string; tail: string };
    plain: string;
    permalink: string;
    /** The issue's RIS and CSL-JSON files. */
    ris: Link;
    csl: Link;
  };
}

/** People and places indexes. */
export interface IndexView extends PageViewBase {
  heading: string;
  intro: string;
  entries: { link: Link; count: string }[];
}

/** A person's or a place's page: their items, newest first. */
export interface NamedView extends PageViewBase {
  heading: string;
  /** `记者 · 3篇`. */
  summary: string;
  feed: Link | null;
  items: ItemSummary[];
}

export interface NotFoundView extends PageViewBase {
  heading: string;
  text: string;
  home: Link;
  search: Link;
}

/** One sitemap file (at most 50,000 URLs) and the index that lists them. */
export interface SitemapFile {
  permalink: string;
  /** Absolute URLs, each with its `lastmod` (`Head.updated`) when it has one. */
  urls: { loc: string; lastmod: string | null }[];
}

export interface Site {
  chrome: Chrome;
  /** One-element arrays, so that single pages are paged over like the rest (`alias: view`). */
  home: HomeView[];
  notFound: NotFoundView[];
  peopleIndex: IndexView[];
  placesIndex: IndexView[];
  /** Head for the search page (`pages/search.njk`, the search engineer's), in a one-element array. */
  search: PageViewBase[];
  years: YearView[];
  issues: IssueView[];
  pages: PageView[];
  items: ItemView[];
  people: NamedView[];
  places: NamedView[];
  /** The issue dates the find-by-date box reads (`find-date.ts`), serialised, in a one-element array. */
  dates: { permalink: string; json: string }[];
  sitemaps: SitemapFile[];
  /** `permalink` and the absolute URLs of the sitemap files. */
  sitemapIndex: { permalink: string; files: string[] };
  robots: { permalink: string; sitemap: string };
  openSearch: OpenSearchView;
}

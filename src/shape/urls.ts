/**
 * The archive's URL scheme, in one place. Paths here are site-relative and unprefixed
 * (`/2025/03/17/1/2/`); `href` adds the configured path prefix for links in pages,
 * `absoluteUrl` adds the origin as well for feeds, canonical links and sitemaps.
 *
 * The scheme is part of the archive's promise to readers who cite it: a path depends only on
 * the issue's date and edition, the page number and the item's position on its page, so edits
 * to other pages or issues never move it.
 */
import type { ArchiveConfig, Issue, Page } from "../model.js";
import { foldInvisible } from "../search/tokens.js";

const pad = (n: number): string => String(n).padStart(2, "0");

export const homePath = (): string => "/";
export const yearPath = (year: number): string => `/${year}/`;

export function issuePath(issue: Pick<Issue, "date" | "edition">): string {
  const [y, m, d] = issue.date.split("-");
  return `/${y}/${m}/${d}/${issue.edition ? `${issue.edition}/` : ""}`;
}

export const pagePath = (issue: Pick<Issue, "date" | "edition">, page: Pick<Page, "number">): string =>
  `${issuePath(issue)}${page.number}/`;

/** `position` is the item's 1-based place among the items of its page. */
export const itemPath = (
  issue: Pick<Issue, "date" | "edition">,
  page: Pick<Page, "number">,
  position: number,
): string => `${pagePath(issue, page)}${position}/`;

/** The name a PDF is saved under when downloaded: the issue's date (and edition), then the page. */
const pdfName = (issue: Pick<Issue, "date" | "edition">, page?: Pick<Page, "number">): string =>
  `${issue.date}${issue.edition ? `-${issue.edition}` : ""}${page ? `-${page.number}` : ""}.pdf`;

/** The PDF of a page, in the page's folder: `/2025/03/17/5/2025-03-17-5.pdf`. */
export const pagePdfPath = (issue: Pick<Issue, "date" | "edition">, page: Pick<Page, "number">): string =>
  `${pagePath(issue, page)}${pdfName(issue, page)}`;

/** The PDF of a whole issue, in the issue's folder: `/2025/03/17/2025-03-17.pdf`. */
export const issuePdfPath = (issue: Pick<Issue, "date" | "edition">): string =>
  `${issuePath(issue)}${pdfName(issue)}`;

/**
 * Names are kept as printed (Chinese included), folded as search folds them (NFC, no zero-width
 * characters: one name, one address however OCR spelled it); a path segment never holds `/`.
 */
const segment = (name: string): string => foldInvisible(name).replace(/[/\\?#%]/g, "-");

export const peoplePath = (): string => "/people/";
export const personPath = (name: string): string => `/people/${segment(name)}/`;
export const placesPath = (): string => "/places/";
export const placePath = (name: string): string => `/places/${segment(name)}/`;
export const searchPath = (): string => "/search/";

export const monthAnchor = (year: number, month: number): string => `m${year}-${pad(month)}`;

/** The output file Eleventy writes for a path (the permalink). */
export const permalink = (path: string): string => `${path}index.html`;

/** A link as it appears in a page: the path under the configured prefix, each segment URL-encoded. */
export function href(config: Pick<ArchiveConfig, "pathPrefix">, path: string): string {
  const prefix = config.pathPrefix.replace(/\/$/, "");
  const encoded = path
    .split("/")
    .map((part) => encodeURIComponent(decodeURIComponentSafe(part)))
    .join("/");
  return `${prefix}${encoded}`;
}

/**
 * The same link with the site's origin, for feeds, canonical links and sitemaps. Not the RSS
 * plugin's `absoluteUrl`, which the plugin deprecates in favour of Eleventy's HTML `<base>` plugin
 * (a rewrite of every built page after rendering): the address is made once, from `href`.
 */
export const absoluteUrl = (config: Pick<ArchiveConfig, "pathPrefix" | "baseUrl">, path: string): string =>
  `${config.baseUrl.replace(/\/$/, "")}${href(config, path)}`;

function decodeURIComponentSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Feeds, written by the feeds plugin and announced in every page's head. */
export const feedPaths = {
  /** Latest articles, Atom: the main feed. */
  articlesAtom: "/feeds/articles.xml",
  articlesRss: "/feeds/articles.rss",
  articlesJson: "/feeds/articles.json",
  /** Latest issues, Atom. */
  issuesAtom: "/feeds/issues.xml",
} as const;

/** One Atom feed per reporter or correspondent, beside their page. */
export const personFeedPath = (name: string): string => `${personPath(name)}feed.xml`;

/** The site's other fixed files: stylesheet, 404 page, robots.txt, the sitemap index and its files. */
export const stylesheetPath = (): string => "/assets/site.css";
export const browseStylesheetPath = (): string => "/assets/browse.css";
/** Scripts of the site's own, copied from `pages/assets/`. */
export const scriptPath = { cite: "/assets/cite.js" } as const;
export const faviconPath = (): string => "/assets/favicon.svg";
/** The OpenSearch description: lets browsers offer the archive's search. */
export const openSearchPath = (): string => "/opensearch.xml";
/** The XSLT stylesheet that shows the Atom and RSS feeds as a page when a person opens one. */
export const feedStylesheetPath = (): string => "/feeds/feed.xsl";

/** RIS and CSL-JSON citations of every item of an issue, beside the issue's page. */
export const citeFilePaths = (issue: Pick<Issue, "date" | "edition">): { ris: string; csl: string } => ({
  ris: `${issuePath(issue)}cite.ris`,
  csl: `${issuePath(issue)}cite.json`,
});

/** Data downloads: the index page, a JSON file per issue, a JSONL file per year, their schemas. */
export const dataPath = (): string => "/data/";
/** `2025-03-17`, or `2025-03-17-evening` for another edition: the issue's folder name. */
export const issueDataPath = (issue: Pick<Issue, "date" | "edition">): string =>
  `/data/issues/${issue.date}${issue.edition ? `-${issue.edition}` : ""}.json`;
export const yearDataPath = (year: number): string => `/data/years/${year}.jsonl`;
export const schemaPath = (name: string): string => `/data/schema/${name}.schema.json`;
export const notFoundPath = (): string => "/404.html";
/** The list of issue dates the find-by-date box reads, and its script. */
export const datesPath = (): string => "/dates.json";
export const findDateScriptPath = (): string => "/assets/find-date.js";
export const robotsPath = (): string => "/robots.txt";
export const sitemapPath = (): string => "/sitemap.xml";
/** The sitemap protocol caps a file at 50,000 URLs, so URLs are split over numbered files. */
export const sitemapFilePath = (n: number): string => `/sitemaps/${n}.xml`;

/** Fragment id of the list of years on the home page (the nav's "years" link). */
export const yearsAnchor = "years";

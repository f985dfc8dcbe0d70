/**
 * The head of every page (canonical URL, Open Graph, JSON-LD) and the chrome around it (header,
 * nav, search form, feed autodiscovery).
 */
import type { ShapeContext } from "./context.js";
import { scriptJson } from "./script-json.js";
import {
  dataPath,
  faviconPath,
  feedPaths,
  openSearchPath,
  homePath,
  peoplePath,
  placesPath,
  searchPath,
  browseStylesheetPath,
  stylesheetPath,
  yearsAnchor,
} from "./urls.js";
import type { Alternate, Chrome, Head } from "./views.js";

export function chrome(ctx: ShapeContext): Chrome {
  const { ui, config } = ctx;
  const feed = (path: string, type: string, title: string): Alternate => ({
    href: ctx.href(path),
    type,
    title: `${config.title} · ${title}`,
  });
  return {
    lang: config.language,
    ogLocale: config.language.replace("-", "_"),
    siteName: config.title,
    homeHref: ctx.href(homePath()),
    stylesheetHref: ctx.href(stylesheetPath()),
    browseStylesheetHref: ctx.href(browseStylesheetPath()),
    nav: [
      { href: `${ctx.href(homePath())}#${yearsAnchor}`, text: ui.years },
      ctx.link(peoplePath(), ui.people),
      ctx.link(placesPath(), ui.places),
    ],
    searchAction: ctx.href(searchPath()),
    faviconHref: ctx.href(faviconPath()),
    openSearch: { href: ctx.href(openSearchPath()), title: config.title },
    data: ctx.link(dataPath(), ui.dataDownloads),
    feeds: [
      feed(feedPaths.articlesAtom, "application/atom+xml", `${ui.feedLatestArticles} (Atom)`),
      feed(feedPaths.articlesRss, "application/rss+xml", `${ui.feedLatestArticles} (RSS)`),
      feed(feedPaths.articlesJson, "application/feed+json", `${ui.feedLatestArticles} (JSON Feed)`),
      feed(feedPaths.issuesAtom, "application/atom+xml", `${ui.feedLatestIssues} (Atom)`),
    ],
    footerFeeds: [
      ctx.link(feedPaths.articlesAtom, ui.feedLatestArticles),
      ctx.link(feedPaths.issuesAtom, ui.feedLatestIssues),
    ],
    ui,
  };
}

export interface HeadInput {
  path: string;
  /** The page's own title; the archive's name is added after it (except on the home page). */
  title: string;
  description?: string;
  ogType?: Head["ogType"];
  jsonLd?: object | null;
  alternates?: Alternate[];
  meta?: Head["meta"];
  scripts?: string[];
  /** ISO date of the newest issue the page shows: its sitemap `<lastmod>`. */
  updated?: string;
}

export function head(ctx: ShapeContext, input: HeadInput): Head {
  const site = ctx.config.title;
  return {
    title: input.title === site ? site : `${input.title} - ${site}`,
    description: input.description || ctx.config.description || site,
    canonical: ctx.absolute(input.path),
    ogType: input.ogType ?? "website",
    jsonLd: input.jsonLd ? scriptJson(input.jsonLd) : null,
    alternates: input.alternates ?? [],
    meta: input.meta ?? [],
    scripts: input.scripts ?? [],
    updated: input.updated ?? null,
  };
}

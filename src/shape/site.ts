/**
 * The whole reader's site as view models, shaped once per build from the loaded archive. Every
 * list is ordered and every link made here, so that rendering ~30,000 pages a year stays a matter
 * of printing.
 */
import type { Archive, Page } from "../model.js";
import { homeView, issuesByYear, yearViews } from "./browse.js";
import { shapeContext } from "./context.js";
import { listItems } from "./entries.js";
import { issueDates } from "./find-date.js";
import type { EncodedPrints } from "./prints.js";
import { chrome, head } from "./head.js";
import { IssueViewsMemo } from "./issue-views.js";
import { peoplePages, placePages } from "./named.js";
import { openSearchView } from "./opensearch.js";
import { robots, sitemaps } from "./sitemap.js";
import { dataPath, datesPath, homePath, issuePath, notFoundPath, permalink, searchPath } from "./urls.js";
import type { ItemSummary, Site } from "./views.js";

/**
 * `encoded`: the scans the build encoded (src/prints/); none when shaping without images. `memo`
 * keeps each issue's views for the next build (`npm start`'s rebuilds share one).
 */
export function shapeSite(
  archive: Archive,
  encoded: EncodedPrints = new Map(),
  memo = new IssueViewsMemo(),
): Site {
  const ctx = shapeContext(archive.config, encoded);
  const entries = listItems(archive);
  const perIssue = memo.shape(ctx, encoded, archive, entries);
  // In archive order, as `entries`.
  const summaries = perIssue.flatMap((views) => views.summaries.flat());
  const byPage = new Map<Page, ItemSummary[]>();
  archive.issues.forEach((issue, i) =>
    issue.pages.forEach((page, p) => byPage.set(page, perIssue[i]?.summaries[p] ?? [])),
  );
  const years = issuesByYear(archive);
  const people = peoplePages(ctx, entries, summaries);
  const places = placePages(ctx, entries, summaries);
  const site: Omit<Site, "sitemaps" | "sitemapIndex" | "robots" | "openSearch"> = {
    chrome: chrome(ctx),
    home: [homeView(ctx, archive, years, byPage)],
    notFound: [
      {
        permalink: notFoundPath(),
        head: head(ctx, { path: notFoundPath(), title: ctx.ui.notFoundTitle }),
        heading: ctx.ui.notFoundTitle,
        text: ctx.ui.notFoundText,
        home: ctx.link(homePath(), ctx.ui.home),
        search: ctx.link(searchPath(), ctx.ui.search),
      },
    ],
    peopleIndex: [people.index],
    placesIndex: [places.index],
    search: [
      { permalink: permalink(searchPath()), head: head(ctx, { path: searchPath(), title: ctx.ui.search }) },
    ],
    years: yearViews(ctx, archive, years),
    issues: perIssue.map((views) => views.issue),
    pages: perIssue.flatMap((views) => views.pages),
    items: perIssue.flatMap((views) => views.items),
    people: people.pages,
    places: places.pages,
    dates: [
      {
        permalink: datesPath(),
        json: JSON.stringify(issueDates(archive.issues, (issue) => ctx.href(issuePath(issue)))),
      },
    ],
  };
  // Left out: the 404 page and the search page, which are no pages of the archive to index.
  const paths = [
    site.home,
    site.years,
    site.issues,
    site.pages,
    site.items,
    site.peopleIndex,
    site.people,
    site.placesIndex,
    site.places,
  ].flatMap((views) =>
    views.map((v) => ({ path: v.permalink.replace(/index\.html$/, ""), updated: v.head.updated })),
  );
  // The data downloads' page (src/data/), which lists what the newest issue added.
  paths.push({ path: dataPath(), updated: site.home[0]?.head.updated ?? null });
  return { ...site, ...sitemaps(ctx, paths), robots: robots(ctx), openSearch: openSearchView(ctx) };
}

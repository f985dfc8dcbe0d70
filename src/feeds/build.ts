/**
 * Every feed of the archive, shaped once per build: latest articles (Atom, RSS, JSON Feed),
 * latest issues (Atom), and one Atom feed per reporter and correspondent.
 */
import type { Archive } from "../model.js";
import { listItems, type ItemEntry } from "../shape/entries.js";
import {
  feedPaths,
  feedStylesheetPath,
  homePath,
  href,
  personFeedPath,
  personPath,
  stylesheetPath,
} from "../shape/urls.js";
import { feed, type FeedSpec } from "./feed.js";
import { entryMaker } from "./feed-entries.js";
import { uiStrings } from "../shape/i18n.js";
import { articlesByPerson, byIssueNewestFirst, latestArticles, peopleOf } from "./select.js";
import { toJsonFeed } from "./json-feed.js";
import type { ArchiveFeeds, FeedEntry } from "./types.js";
import { xmlSafe } from "./xml-text.js";

export function buildFeeds(archive: Archive): ArchiveFeeds {
  const { config } = archive;
  const labels = uiStrings(config.language);
  const items = listItems(archive);
  const groups = byIssueNewestFirst(archive, items);
  const newestIssueDate = groups[0]?.issue.date ?? "1970-01-01";

  const maker = entryMaker(config);
  const asEntries = (items: ItemEntry[]): FeedEntry[] => items.map(maker.article);
  const make = (spec: FeedSpec, entries: FeedEntry[]) => feed(config, spec, entries, newestIssueDate);

  const latest = asEntries(latestArticles(groups, config.feedLimit));
  const articlesTitle = `${config.title} · ${labels.feedLatestArticles}`;
  const home = homePath();

  const issues = groups.slice(0, config.feedLimit).map((group) => maker.issue(group.issue, group.entries));

  const people = [...articlesByPerson(peopleOf(items), groups, config.feedLimit)].map(([name, entries]) =>
    make(
      { path: personFeedPath(name), homePath: personPath(name), title: `${config.title} · ${name}` },
      asEntries(entries),
    ),
  );

  return {
    stylesheet: {
      outputPath: feedStylesheetPath(),
      lang: labels.lang,
      css: href(config, stylesheetPath()),
      home: href(config, home),
      siteName: xmlSafe(config.title),
      about: labels.feedPageAbout,
      howTo: labels.feedPageHowTo,
      address: labels.feedPageAddress,
      colon: labels.colon,
      entries: labels.feedPageEntries,
      backHome: labels.feedPageBack(config.title),
    },
    atom: [
      make({ path: feedPaths.articlesAtom, homePath: home, title: articlesTitle }, latest),
      make(
        { path: feedPaths.issuesAtom, homePath: home, title: `${config.title} · ${labels.feedLatestIssues}` },
        issues,
      ),
      ...people,
    ],
    rss: make({ path: feedPaths.articlesRss, homePath: home, title: articlesTitle }, latest),
    json: toJsonFeed(make({ path: feedPaths.articlesJson, homePath: home, title: articlesTitle }, latest)),
  };
}

/** Articles and issues as feed entries. */
import { dateToRfc822 } from "@11ty/eleventy-plugin-rss";
import type { DateTime } from "luxon";
import type { ArchiveConfig, Issue } from "../model.js";
import type { Item } from "../read/types.js";
import { issueDateTime, issueTimestamp, longDate } from "../shape/dates.js";
import type { ItemEntry } from "../shape/entries.js";
import { absoluteUrl, issuePath, pagePath } from "../shape/urls.js";
import { articleHtml } from "./article-html.js";
import { element, link } from "./html.js";
import { uiStrings } from "../shape/i18n.js";
import { isArticle, isArticleItem } from "./select.js";
import type { FeedEntry } from "./types.js";
import { xmlSafe } from "./xml-text.js";

type DatedFields = Pick<FeedEntry, "published" | "publishedRfc822">;

/**
 * An issue day's two timestamps: midnight in the archive's time zone (`seconds` after it for an
 * article, see `secondsInPrintedOrder`). RFC 822 (RSS) comes from the
 * RSS plugin's `dateToRfc822`, which writes the zone's offset (`+0800`). RFC 3339 (Atom, JSON Feed)
 * is our own `issueTimestamp`: the plugin's `dateToRfc3339` takes no time zone and writes UTC,
 * `2025-03-16T16:00:00Z` for an issue of 2025-03-17 in Asia/Shanghai, which reads as the day before.
 */
export function issueDates(isoDate: string, timeZone: string, seconds = 0): DatedFields {
  const key = `${timeZone}\0${isoDate}\0${seconds}`;
  let fields = datedFields.get(key);
  if (!fields) datedFields.set(key, (fields = formatDates(isoDate, timeZone, seconds)));
  return fields;
}

/**
 * Every date formatted in this process, kept: at a year of a daily, formatting the ~30,000
 * articles' dates (luxon, the RSS plugin) took 1.5–3 s of every rebuild of `npm start`.
 */
const datedFields = new Map<string, DatedFields>();

function formatDates(isoDate: string, timeZone: string, seconds: number): DatedFields {
  if (!seconds) {
    const published = issueTimestamp(isoDate, timeZone);
    return { published, publishedRfc822: dateToRfc822(published, timeZone) };
  }
  const midnight = issueDateTime(isoDate, timeZone);
  const at = midnight.plus({ seconds });
  const published = at.toISO({ suppressMilliseconds: true }) ?? isoDate;
  // The plugin makes an Intl formatter on every call (~0.1 ms: 3 s for a year's articles in every
  // build), so an article's RFC 822 date is its issue's with the clock moved on: the same day and
  // offset, unless the offset changed in between (a clock change in the small hours).
  const publishedRfc822 =
    at.offset === midnight.offset
      ? issueDates(isoDate, timeZone).publishedRfc822.replace(clock(midnight), clock(at))
      : dateToRfc822(published, timeZone);
  return { published, publishedRfc822 };
}

/** ` 00:00:05 `, as RFC 822 writes the time between the date and the offset. */
const clock = (at: DateTime): string =>
  ` ${[at.hour, at.minute, at.second].map((n) => String(n).padStart(2, "0")).join(":")} `;

export interface EntryMaker {
  /** The article as an entry; made once however many feeds hold it. */
  article: (entry: ItemEntry) => FeedEntry;
  /** `entries` are the issue's items, in archive order. */
  issue: (issue: Issue, entries: ItemEntry[]) => FeedEntry;
}

/**
 * Entries for one build. An article sits in several feeds (latest, and each of its people's), and
 * an issue's articles share one date, so both are made once: at a year of a daily, formatting
 * dates and HTML again for every feed would cost more than all the rest.
 */
export function entryMaker(config: ArchiveConfig): EntryMaker {
  /** `seconds` after midnight of the issue day. */
  const dated = (isoDate: string, seconds = 0): DatedFields => issueDates(isoDate, config.timeZone, seconds);
  const laterBy = secondsInPrintedOrder();

  const articles = new Map<ItemEntry, FeedEntry>();
  const article = (entry: ItemEntry): FeedEntry => {
    let made = articles.get(entry);
    if (!made) {
      const url = absoluteUrl(config, entry.path);
      made = {
        id: url,
        url,
        title: xmlSafe(entry.item.headline ?? ""),
        ...dated(entry.issue.date, laterBy(entry)),
        authors: entry.item.reporters.map(xmlSafe),
        contributors: entry.item.correspondents.map(xmlSafe),
        contentHtml: keptArticleHtml(entry.item),
      };
      articles.set(entry, made);
    }
    return made;
  };

  const issue = (issue: Issue, entries: ItemEntry[]): FeedEntry => {
    const url = absoluteUrl(config, issuePath(issue));
    return {
      id: url,
      url,
      title: issueTitle(config, issue),
      ...dated(issue.date),
      authors: [],
      contributors: [],
      contentHtml: issueContentsHtml(config, issue, entries),
    };
  };

  return { article, issue };
}

/**
 * `articleHtml`, kept with the item: `npm start`'s rebuilds hand over the same (frozen) items for
 * the pages a save did not change (`load/reading-cache.ts`).
 */
const articleHtmls = new WeakMap<Item, string>();
function keptArticleHtml(item: Item): string {
  let html = articleHtmls.get(item);
  if (html === undefined) articleHtmls.set(item, (html = articleHtml(item)));
  return html;
}

/**
 * How many seconds after midnight an article is dated, so that readers that sort entries by time
 * (newest first) show an issue's articles in printed order: the issue's last article is at
 * midnight, each one before it a second later. The issue's day never changes.
 */
function secondsInPrintedOrder(): (entry: ItemEntry) => number {
  const orders = new Map<Issue, Map<Item, number>>();
  return (entry) => {
    let order = orders.get(entry.issue);
    if (!order) {
      const articles = entry.issue.pages.flatMap((page) => page.reading.items.filter(isArticleItem));
      order = new Map(articles.map((item, i) => [item, articles.length - 1 - i]));
      orders.set(entry.issue, order);
    }
    return order.get(entry.item) ?? 0;
  };
}

/** The issue as its contents list it: 2025年3月17日 星期一 · evening · 第1234期. */
function issueTitle(config: ArchiveConfig, issue: Issue): string {
  const parts = [longDate(issue.date, config.timeZone, config.language)];
  if (issue.edition) parts.push(issue.edition);
  if (issue.number !== null) parts.push(uiStrings(config.language).issueNumber(issue.number));
  return xmlSafe(parts.join(" · "));
}

/** The issue's table of contents: each page linked, and under it its articles' headlines, linked. */
export function issueContentsHtml(config: ArchiveConfig, issue: Issue, entries: ItemEntry[]): string {
  const labels = uiStrings(config.language);
  return issue.pages
    .map((page) => {
      const heading = `<h2>${link(absoluteUrl(config, pagePath(issue, page)), labels.pageLabel(page.number, page.name))}</h2>`;
      const articles = entries.filter((entry) => entry.page === page && isArticle(entry));
      if (articles.length === 0) return heading;
      const list = articles.map((entry) => {
        const byline = entry.item.byline ? ` ${element("small", entry.item.byline)}` : "";
        return `<li>${link(absoluteUrl(config, entry.path), entry.item.headline ?? "")}${byline}</li>`;
      });
      return `${heading}\n<ul>\n${list.join("\n")}\n</ul>`;
    })
    .join("\n");
}

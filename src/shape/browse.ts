/**
 * Browsing by date: the home page, a page per year with month calendars, a page per issue and a
 * page per printed page.
 */
import type { Archive, Issue, Page } from "../model.js";
import { type CalendarMonth, yearCalendar } from "./calendar.js";
import type { ShapeContext } from "./context.js";
import type { ItemEntry } from "./entries.js";
import { head } from "./head.js";
import { publicationIssueLd } from "./jsonld.js";
import { itemTitle } from "./item-title.js";
import { firstSentence, printedText } from "./text.js";
import {
  datesPath,
  findDateScriptPath,
  homePath,
  issuePath,
  pagePath,
  permalink,
  yearPath,
  yearsAnchor,
} from "./urls.js";
import type {
  DateFinder,
  HomeView,
  IssueView,
  ItemSummary,
  Link,
  PageSummary,
  PageView,
  YearView,
} from "./views.js";

/** Item summaries of one page, keyed by the page, so every list reuses the same objects. */
export type SummariesByPage = Map<Page, ItemSummary[]>;

export function itemSummary(ctx: ShapeContext, entry: ItemEntry): ItemSummary {
  const { item, issue, page } = entry;
  return {
    href: ctx.href(entry.path),
    title: itemTitle(ctx.ui, item, { date: ctx.dayDate(issue), pageNumber: page.number }),
    kicker: item.kicker,
    subtitle: item.subtitle,
    byline: item.byline,
    firstSentence: firstSentence(item),
    isNote: item.kind === "note",
    where: `${ctx.issueLabel(issue)} · ${ctx.pageLabel(page)}`,
  };
}

/** `head`'s `updated` for a page whose newest issue is `issue`. */
export const updatedBy = (issue: Issue | undefined): { updated?: string } =>
  issue ? { updated: issue.date } : {};

const yearOf = (issue: Issue): number => Number(issue.date.slice(0, 4));

/** The years of the archive, oldest first, with their issues. */
export function issuesByYear(archive: Archive): Map<number, Issue[]> {
  const years = new Map<number, Issue[]>();
  for (const issue of archive.issues) {
    const list = years.get(yearOf(issue)) ?? [];
    list.push(issue);
    years.set(yearOf(issue), list);
  }
  return years;
}

const pageSummaries = (ctx: ShapeContext, issue: Issue, summaries: SummariesByPage): PageSummary[] =>
  issue.pages.map((page) => ({
    link: ctx.link(pagePath(issue, page), ctx.pageLabel(page)),
    number: page.number,
    thumbnail: ctx.prints.thumbnail(page, ctx.ui.printOf(ctx.pageLabel(page))),
    items: summaries.get(page) ?? [],
  }));

/** The date box of the home and year pages; null for an archive with no issue. */
function dateFinder(ctx: ShapeContext, archive: Archive): DateFinder | null {
  // No min or max on the input: a date outside the archive is answered, not refused by the browser.
  if (archive.issues.length === 0) return null;
  return {
    label: ctx.ui.findByDate,
    button: ctx.ui.findDateButton,
    notFound: ctx.ui.findDateNone,
    datesHref: ctx.href(datesPath()),
    scriptHref: ctx.href(findDateScriptPath()),
  };
}

const issueNumber = (ctx: ShapeContext, issue: Issue): string | null =>
  issue.number === null ? null : ctx.ui.issueNumber(issue.number);

export function homeView(
  ctx: ShapeContext,
  archive: Archive,
  years: Map<number, Issue[]>,
  summaries: SummariesByPage,
): HomeView {
  const { config, ui } = ctx;
  const latest = archive.issues.at(-1);
  return {
    permalink: permalink(homePath()),
    head: head(ctx, { path: homePath(), title: config.title, ...updatedBy(latest) }),
    title: config.title,
    description: config.description,
    latest: latest
      ? {
          link: ctx.link(issuePath(latest), ctx.issueLabel(latest)),
          number: issueNumber(ctx, latest),
          pages: pageSummaries(ctx, latest, summaries),
        }
      : null,
    years: [...years].reverse().map(([year, issues]) => ({
      link: ctx.link(yearPath(year), ui.calendarOf(year)),
      count: ui.issues(issues.length),
    })),
    yearsAnchor,
    finder: dateFinder(ctx, archive),
  };
}

/** Links to the neighbours of `list[i]`, or null at either end. */
function neighbours<T>(list: readonly T[], i: number, link: (t: T) => Link) {
  const before = list[i - 1];
  const after = list[i + 1];
  return {
    previous: before === undefined ? null : link(before),
    next: after === undefined ? null : link(after),
  };
}

function monthsWithout(ctx: ShapeContext, months: CalendarMonth[]): string | null {
  const names = months.filter((m) => m.issueCount === 0).map((m) => m.name);
  return names.length === 0
    ? null
    : `${ctx.ui.monthsWithout}${ctx.ui.colon}${names.join(ctx.ui.nameSeparator)}`;
}

export function yearViews(ctx: ShapeContext, archive: Archive, years: Map<number, Issue[]>): YearView[] {
  const finder = dateFinder(ctx, archive);
  const all = [...years.keys()];
  return all.map((year, i) => {
    const issues = years.get(year) ?? [];
    const issueHref = new Map<string, string>();
    // Two editions on one day: the day links to the first (the main edition sorts first).
    for (const issue of issues)
      if (!issueHref.has(issue.date)) issueHref.set(issue.date, ctx.href(issuePath(issue)));
    const heading = ctx.ui.calendarOf(year);
    const months = yearCalendar(year, issueHref, ctx.config.language);
    return {
      permalink: permalink(yearPath(year)),
      head: head(ctx, { path: yearPath(year), title: heading, ...updatedBy(issues.at(-1)) }),
      heading,
      issueCount: ctx.ui.issues(issues.length),
      months: months.filter((m) => m.issueCount > 0),
      monthsWithout: monthsWithout(ctx, months),
      finder,
      ...neighbours(all, i, (y) => ctx.link(yearPath(y), ctx.ui.calendarOf(y))),
    };
  });
}

/**
 * The page of `issues[i]`: it links its neighbours in `issues` and `sameDay`, the issues of its
 * month and day in other years (`sameDayOtherYears`).
 */
export function issueView(
  ctx: ShapeContext,
  issues: readonly Issue[],
  i: number,
  sameDay: readonly Issue[],
  summaries: SummariesByPage,
): IssueView {
  const link = (issue: Issue): Link => ctx.link(issuePath(issue), ctx.issueLabel(issue));
  const issue = issues[i] as Issue;
  const heading = link(issue).text;
  return {
    permalink: permalink(issuePath(issue)),
    head: head(ctx, {
      path: issuePath(issue),
      title: `${ctx.newspaper(issue)} ${heading}`,
      jsonLd: publicationIssueLd(ctx, issue),
      updated: issue.date,
    }),
    heading,
    date: issue.date,
    number: issueNumber(ctx, issue),
    year: ctx.link(yearPath(yearOf(issue)), ctx.ui.calendarOf(yearOf(issue))),
    pages: pageSummaries(ctx, issue, summaries),
    pdf: ctx.prints.issuePdf(issue),
    sameDay: sameDay.map(link),
    ...neighbours(issues, i, link),
  };
}

/** The pages of one issue's printed pages. */
export function pageViews(ctx: ShapeContext, issue: Issue, summaries: SummariesByPage): PageView[] {
  return issue.pages.map((page, i) => {
    const heading = ctx.pageLabel(page);
    const issueLink = ctx.link(issuePath(issue), ctx.issueLabel(issue));
    return {
      permalink: permalink(pagePath(issue, page)),
      head: head(ctx, {
        path: pagePath(issue, page),
        title: `${heading} · ${ctx.newspaper(issue)} ${issueLink.text}`,
        updated: issue.date,
      }),
      heading,
      issue: issueLink,
      items: summaries.get(page) ?? [],
      originalText: printedText(page.text),
      image: ctx.prints.image(page, ctx.ui.printOf(heading)),
      pdf: ctx.prints.pagePdf(issue, page),
      printOnly: page.text === "",
      pageList: issue.pages.map((p) => ({
        link: ctx.link(pagePath(issue, p), ctx.pageLabel(p)),
        current: p === page,
      })),
      ...neighbours(issue.pages, i, (p) => ctx.link(pagePath(issue, p), ctx.pageLabel(p))),
    };
  });
}

/**
 * The views of each issue's own pages (the issue, its printed pages, its items) and its items'
 * summaries, kept from one build to the next of `npm start`: a save on a year's archive shapes the
 * few issues it touched, not 365, and the render cache hashes only their views
 * (`RenderCache.select` keeps a view's key with the view).
 *
 * An issue's views are kept under a key of everything they are shaped from: the shape context
 * (archive.yaml, the encoded scans), the issue itself and the issues whose views link to it or it
 * links to — the one before and the one after (the first item links the last item of the issue
 * before) and those of its month and day in other years. An issue is named in the key by its data
 * with each page's text given as the key of its reading in the reading cache (which hashes the
 * text, the reading's options and the reader's code: `readingKey`), or as itself when the reading
 * did not come from the cache. Views kept are the objects the last build had: nobody changes a
 * view once shaped.
 */
import { createHash } from "node:crypto";
import type { Archive, Issue, Page } from "../model.js";
import type { EncodedPrints } from "../prints/image.js";
import { fingerprintOf } from "../load/issue-fingerprint.js";
import { itemViews } from "./article.js";
import { issueView, itemSummary, pageViews, type SummariesByPage } from "./browse.js";
import type { ShapeContext } from "./context.js";
import type { ItemEntry } from "./entries.js";
import { sameDayOtherYears } from "./same-day.js";
import type { ItemSummary, IssueView, ItemView, PageView } from "./views.js";

/** One issue's share of the site. */
export interface IssueViews {
  /** Summaries of each page's items, by the page's index in the issue. */
  summaries: ItemSummary[][];
  issue: IssueView;
  pages: PageView[];
  items: ItemView[];
}

export class IssueViewsMemo {
  /** Each issue's views of the last build, by the issue's folder, with their key. */
  private kept = new Map<string, { key: string; views: IssueViews }>();

  /**
   * Every issue's views, in archive order. `entries` are the archive's items (`listItems`), and
   * `ctx` is shaped from archive.yaml and `encoded` (`shapeContext`).
   */
  shape(ctx: ShapeContext, encoded: EncodedPrints, archive: Archive, entries: ItemEntry[]): IssueViews[] {
    const { issues } = archive;
    // Hashed: with scans, the encoded prints' JSON runs to megabytes, and every key holds it.
    const context = createHash("sha256")
      .update(JSON.stringify([ctx.config, [...encoded]]))
      .digest("hex");
    const sameDay = sameDayOtherYears(issues);
    const reach = linkedRange(issues);
    const keys = issues.map((issue, i) => {
      const [from, to] = reach[i]!;
      const linked = [...issues.slice(from, to + 1), ...(sameDay.get(issue) ?? [])];
      return [context, ...linked.map(fingerprintOf)].join("\0");
    });
    const found = issues.map((issue, i) => {
      const kept = this.kept.get(issue.dir);
      return kept?.key === keys[i] ? kept.views : null;
    });
    // Summaries first: an issue's first and last items link to the neighbours' (kept or not).
    const runs = entriesByIssue(issues, entries);
    const summaries = issues.map(
      (issue, i) =>
        found[i]?.summaries ??
        issue.pages.map((page) => (runs[i]?.get(page) ?? []).map((e) => itemSummary(ctx, e))),
    );
    const { before, after } = runEnds(summaries.map((pages) => pages.flat()));
    const views = issues.map((issue, i): IssueViews => {
      const kept = found[i];
      if (kept) return kept;
      const own: SummariesByPage = new Map(issue.pages.map((page, p) => [page, summaries[i]?.[p] ?? []]));
      const ownEntries = issue.pages.flatMap((page) => runs[i]?.get(page) ?? []);
      return {
        summaries: summaries[i] ?? [],
        issue: issueView(ctx, issues, i, sameDay.get(issue) ?? [], own),
        pages: pageViews(ctx, issue, own),
        items: itemViews(ctx, ownEntries, summaries[i]?.flat() ?? [], { before: before[i], after: after[i] }),
      };
    });
    this.kept = new Map(issues.map((issue, i) => [issue.dir, { key: keys[i] ?? "", views: views[i]! }]));
    return views;
  }
}

/** For each issue (its items' summaries), the last item of the issues before it and the first after it. */
function runEnds(items: ItemSummary[][]): {
  before: (ItemSummary | undefined)[];
  after: (ItemSummary | undefined)[];
} {
  const before: (ItemSummary | undefined)[] = [];
  const after: (ItemSummary | undefined)[] = [];
  for (let i = 0, last: ItemSummary | undefined; i < items.length; i++) {
    before.push(last);
    last = items[i]!.at(-1) ?? last;
  }
  for (let i = items.length - 1, first: ItemSummary | undefined; i >= 0; i--) {
    after[i] = first;
    first = items[i]![0] ?? first;
  }
  return { before, after };
}

const hasItems = (issue: Issue): boolean => issue.pages.some((page) => page.reading.items.length > 0);

/**
 * For each issue, the first and last index of the issues its views are shaped from in date
 * order: the issues before and after it, and on to the nearest with items either way (its first
 * and last items link to theirs).
 */
function linkedRange(issues: readonly Issue[]): [number, number][] {
  const withItems = issues.map(hasItems);
  const lastBefore: number[] = [];
  for (let i = 0, last = -1; i < issues.length; i++) {
    lastBefore.push(last);
    if (withItems[i]) last = i;
  }
  const firstAfter: number[] = [];
  for (let i = issues.length - 1, first = issues.length; i >= 0; i--) {
    firstAfter[i] = first;
    if (withItems[i]) first = i;
  }
  return issues.map((_, i) => [
    Math.max(0, Math.min(i - 1, lastBefore[i]!)),
    Math.min(issues.length - 1, Math.max(i + 1, firstAfter[i]!)),
  ]);
}

/** The archive's entries of each issue, by page, at the issues' indices. */
function entriesByIssue(issues: readonly Issue[], entries: ItemEntry[]): Map<Page, ItemEntry[]>[] {
  const index = new Map(issues.map((issue, i) => [issue, i]));
  const runs = issues.map(() => new Map<Page, ItemEntry[]>());
  for (const entry of entries) {
    const run = runs[index.get(entry.issue) ?? -1];
    if (!run) continue;
    const list = run.get(entry.page) ?? [];
    list.push(entry);
    run.set(entry.page, list);
  }
  return runs;
}

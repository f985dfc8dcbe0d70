/** The page of each item: the article as printed, where it stands, its neighbours, how to cite it. */
import { gbt7714 } from "./citation.js";
import type { ShapeContext } from "./context.js";
import type { ItemEntry } from "./entries.js";
import { head } from "./head.js";
import { newsArticleLd } from "./jsonld.js";
import { splitOnNames } from "./text.js";
import { issuePath, pagePath, permalink, personPath, placePath } from "./urls.js";
import type { ItemSummary, ItemView, LinkedRun, Link } from "./views.js";

/** A printed line with each of `names` linked to `pathOf(name)`. */
function linkedRuns(
  ctx: ShapeContext,
  line: string,
  names: readonly string[],
  pathOf: (name: string) => string,
): LinkedRun[] {
  return splitOnNames(line, names).map((run) => ({
    text: run.text,
    href: run.name === undefined ? null : ctx.href(pathOf(run.name)),
  }));
}

/** `entries` in archive order and their summaries at the same indices. */
export function itemViews(ctx: ShapeContext, entries: ItemEntry[], summaries: ItemSummary[]): ItemView[] {
  const link = (i: number): Link | null => {
    const s = summaries[i];
    return s ? { href: s.href, text: s.title } : null;
  };
  return entries.map((entry, i) => {
    const { issue, page, item } = entry;
    const summary = summaries[i] as ItemSummary;
    const authors = [...item.reporters, ...item.correspondents];
    const url = ctx.absolute(entry.path);
    return {
      permalink: permalink(entry.path),
      head: head(ctx, {
        path: entry.path,
        title: summary.title,
        description: summary.firstSentence,
        ogType: "article",
        jsonLd: newsArticleLd(ctx, entry, summary.title, summary.firstSentence),
      }),
      isNote: summary.isNote,
      kicker: item.kicker,
      title: summary.title,
      subtitle: item.subtitle,
      byline: item.byline === null ? null : linkedRuns(ctx, item.byline, authors, personPath),
      dateline:
        item.dateline === null
          ? null
          : linkedRuns(ctx, item.dateline, item.place ? [item.place] : [], placePath),
      blocks: item.blocks,
      issue: ctx.link(issuePath(issue), ctx.issueLabel(issue)),
      page: ctx.link(pagePath(issue, page), ctx.pageLabel(page)),
      position: ctx.ui.itemPosition(entry.position),
      previous: link(i - 1),
      next: link(i + 1),
      citation: {
        gbt: gbt7714({
          authors,
          title: summary.title,
          subtitle: item.subtitle,
          newspaper: ctx.config.title,
          isoDate: issue.date,
          pageNumber: page.number,
          chinese: /^zh\b/i.test(ctx.config.language),
        }),
        plain: ctx.ui.plainCitation({
          authors,
          title: summary.title,
          subtitle: item.subtitle,
          newspaper: ctx.config.title,
          date: ctx.dayDate(issue),
          pageNumber: page.number,
          url,
        }),
        permalink: url,
      },
    };
  });
}

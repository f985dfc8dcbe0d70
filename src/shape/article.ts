/** The page of each item: the article as printed, where it stands, its neighbours, how to cite it. */
import { citationRecord, gbt7714, plainCitation } from "./citation.js";
import type { ShapeContext } from "./context.js";
import type { ItemEntry } from "./entries.js";
import { head } from "./head.js";
import { newsArticleLd } from "./jsonld.js";
import { citationMetaTags } from "./meta-tags.js";
import { splitOnNames } from "./text.js";
import { citeFilePaths, issuePath, pagePath, permalink, personPath, placePath, scriptPath } from "./urls.js";
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

/** The items the first and the last of a run of entries link to, outside the run. */
export interface RunEnds {
  before?: ItemSummary | undefined;
  after?: ItemSummary | undefined;
}

/**
 * `entries` in archive order (the whole archive's, or one issue's run of it: `ends` are the items
 * just before and after the run) and their summaries at the same indices.
 */
export function itemViews(
  ctx: ShapeContext,
  entries: ItemEntry[],
  summaries: ItemSummary[],
  ends: RunEnds = {},
): ItemView[] {
  const link = (i: number): Link | null => {
    const s = i < 0 ? ends.before : i >= summaries.length ? ends.after : summaries[i];
    return s ? { href: s.href, text: s.title } : null;
  };
  return entries.map((entry, i) => {
    const { issue, page, item } = entry;
    const summary = summaries[i] as ItemSummary;
    const authors = [...item.reporters, ...item.correspondents];
    const record = citationRecord(ctx, entry, summary.title);
    const cite = citeFilePaths(issue);
    return {
      permalink: permalink(entry.path),
      head: head(ctx, {
        path: entry.path,
        title: summary.title,
        description: record.description,
        ogType: "article",
        jsonLd: newsArticleLd(ctx, entry, record),
        meta: citationMetaTags(record),
        scripts: [ctx.href(scriptPath.cite)],
        updated: issue.date,
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
      newspaper: ctx.config.title,
      thumbnail: ctx.prints.thumbnail(page, ctx.ui.printOf(ctx.pageLabel(page))),
      position: ctx.ui.itemPosition(entry.position),
      previous: link(i - 1),
      next: link(i + 1),
      citation: {
        gbt: { ...gbt7714(record), accessed: ctx.ui.accessDate },
        plain: plainCitation(ctx.ui, record),
        permalink: record.url,
        ris: ctx.link(cite.ris, ctx.ui.citeRis),
        csl: ctx.link(cite.csl, ctx.ui.citeCsl),
      },
    };
  });
}

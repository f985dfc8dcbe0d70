/** The `data/` page: every download with its size, newest year first, and the schemas. */
import type { ShapeContext } from "../shape/context.js";
import { head } from "../shape/head.js";
import { dataPath, permalink } from "../shape/urls.js";
import type { PageViewBase } from "../shape/views.js";
import type { ArchiveDataFiles, DataFile } from "./files.js";

/** A link to a file, with its size as the archive's language writes it (`12.3 KB`). */
export interface FileLink {
  href: string;
  text: string;
  size: string;
}

export interface DataIndexView extends PageViewBase {
  heading: string;
  intro: string;
  schemas: FileLink[];
  years: {
    heading: string;
    all: FileLink;
    issues: { label: string; json: FileLink; ris: FileLink; csl: FileLink }[];
  }[];
}

/** Bytes in KB or MB (1,024-based), one decimal. */
export function fileSize(bytes: number, language: string): string {
  const format = (n: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

export function dataIndexView(ctx: ShapeContext, files: ArchiveDataFiles): DataIndexView {
  const { ui } = ctx;
  const link = (f: DataFile, text: string): FileLink => ({
    href: ctx.href(f.permalink),
    text,
    size: fileSize(f.bytes, ctx.config.language),
  });
  const newest = files.issues.at(-1)?.issue.date;
  return {
    permalink: permalink(dataPath()),
    head: head(ctx, { path: dataPath(), title: ui.dataDownloads, ...(newest ? { updated: newest } : {}) }),
    heading: ui.dataDownloads,
    intro: ui.dataIntro,
    schemas: files.schemas.map((s) =>
      link(s.file, s.name === "issue" ? ui.dataIssueSchema : ui.dataArticleSchema),
    ),
    years: [...files.years].reverse().map(({ year, jsonl }) => ({
      heading: ui.calendarOf(year),
      all: link(jsonl, ui.dataYearFile(year)),
      issues: files.issues
        .filter((i) => i.issue.date.startsWith(`${year}-`))
        .map((i) => ({
          label: ctx.issueLabel(i.issue),
          json: link(i.json, "JSON"),
          ris: link(i.ris, ui.citeRis),
          csl: link(i.csl, ui.citeCsl),
        })),
    })),
  };
}

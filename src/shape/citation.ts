/**
 * What citing one item takes, gathered once (`CitationRecord`), and the citation strings made from
 * it. GB/T 7714-2015 cites an online newspaper article as
 * `作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径.` — e.g.
 * `胡磊, 薛良诚. 推介会上…[N/OL]. 聊城日报, 2025-03-17(1)[2026-12-01]. https://…/2025/03/17/1/1/.`
 *
 * The 引用日期 (access date) is the reader's, not the build's: the page prints a placeholder there
 * and its copy script (`pages/assets/cite.js`) writes the reader's own date in, so that two builds
 * of the same archive stay byte-identical (docs/urls.md, "Citing").
 */
import type { ArchiveConfig } from "../model.js";
import type { ShapeContext } from "./context.js";
import type { ItemEntry } from "./entries.js";
import type { CitationParts, UiStrings } from "./i18n.js";
import { wholeFirstSentence } from "./text.js";

/** Everything the citation formats, the embedded metadata tags and the JSON-LD say about an item. */
export interface CitationRecord {
  /** The item's title: its headline, or a note's honest label (`itemTitle`). */
  title: string;
  subtitle: string | null;
  /** Reporters, then correspondents, as printed. */
  authors: string[];
  /** The newspaper's title on the issue's date (`newspaper` in archive.yaml). */
  newspaper: string;
  /** Who published the paper, when archive.yaml says (its default, the archive's name, names the website). */
  publisher: string | null;
  /** ISO date `YYYY-MM-DD` of the issue. */
  isoDate: string;
  /** The issue's date as the archive's language writes it, without the weekday. */
  displayDate: string;
  issueNumber: number | null;
  pageNumber: number;
  pageName: string | null;
  /** The item's permanent, absolute URL. */
  url: string;
  /** BCP 47 tag of the archive. */
  language: string;
  /** The item's full first sentence; may be empty. */
  description: string;
}

/** GB/T 7714 lists at most three authors, then `等` (Chinese) or `et al.` (other languages). */
const GBT_MAX_AUTHORS = 3;

const isChinese = (language: string): boolean => /^zh\b/i.test(language);

/** The GB/T 7714 citation around its access date: `lead[accessed]tail`. */
export interface GbtCitation {
  /** `作者. 题名[N/OL]. 报纸名, 出版日期(版次)`. */
  lead: string;
  /** `. URL.` */
  tail: string;
}

export function gbt7714(c: CitationRecord): GbtCitation {
  const chinese = isChinese(c.language);
  const shown = c.authors.slice(0, GBT_MAX_AUTHORS);
  if (c.authors.length > GBT_MAX_AUTHORS) shown.push(chinese ? "等" : "et al");
  const authors = shown.length ? `${shown.join(", ")}. ` : "";
  // 其他题名信息 follows the title after a colon, full-width in Chinese as the standard's examples.
  const title = c.subtitle ? `${c.title}${chinese ? "：" : ": "}${c.subtitle}` : c.title;
  return {
    lead: `${authors}${title}[N/OL]. ${c.newspaper}, ${c.isoDate}(${c.pageNumber})`,
    tail: `. ${c.url}.`,
  };
}

/** The whole GB/T 7714 string with `accessed` (a date, or the placeholder) in its brackets. */
export const gbt7714Text = (c: CitationRecord, accessed: string): string => {
  const { lead, tail } = gbt7714(c);
  return `${lead}[${accessed}]${tail}`;
};

/** The plain citation in the UI language's usual form (title in 《》 or quotes, the permalink last). */
export const plainCitation = (strings: UiStrings, c: CitationRecord): string => {
  const parts: CitationParts = {
    authors: c.authors,
    title: c.title,
    subtitle: c.subtitle,
    newspaper: c.newspaper,
    date: c.displayDate,
    pageNumber: c.pageNumber,
    url: c.url,
  };
  return strings.plainCitation(parts);
};

/**
 * Who published the newspaper, or null when archive.yaml does not say: `publisher` then defaults
 * to the archive's name (the feeds' author), which names the website, not the paper's publisher.
 */
export const newspaperPublisher = (config: Pick<ArchiveConfig, "publisher" | "title">): string | null =>
  config.publisher && config.publisher !== config.title ? config.publisher : null;

/** The record of the item at `entry`, titled `title` (see `itemTitle`). */
export function citationRecord(
  ctx: ShapeContext,
  entry: Pick<ItemEntry, "issue" | "page" | "item" | "path">,
  title: string,
): CitationRecord {
  const { issue, page, item } = entry;
  return {
    title,
    subtitle: item.subtitle,
    authors: [...item.reporters, ...item.correspondents],
    newspaper: ctx.newspaper(issue),
    publisher: newspaperPublisher(ctx.config),
    isoDate: issue.date,
    displayDate: ctx.dayDate(issue),
    issueNumber: issue.number,
    pageNumber: page.number,
    pageName: page.name,
    url: ctx.absolute(entry.path),
    language: ctx.config.language,
    description: wholeFirstSentence(item),
  };
}

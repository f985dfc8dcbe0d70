/**
 * Archives for the browser tests, assembled in temp dirs from `test/fixtures/`: the sample page
 * as its own issue, and the same with a second issue (a hostile headline page and the sample page
 * again) for ordering across shards and escaping.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Item } from "../../src/read/types.js";
import { itemTitle } from "../../src/shape/text.js";
import { uiStrings } from "../../src/shape/i18n.js";
import { type ArchiveFiles, issueFolder, tempArchive } from "../support/archive.js";
import { goldItems, SAMPLE_NAME, SAMPLE_PAGE } from "../support/corpus.js";

const fixtures = resolve(import.meta.dirname, "../fixtures");
const fixture = (path: string): string => readFileSync(join(fixtures, path), "utf8");

/** The sample page as the issue of `date` (read after the body), plus `extraPages` (headlines before). */
function sampleIssue(date: string, extraPages: Record<string, string> = {}): ArchiveFiles {
  const dir = issueFolder(date);
  const pages = Object.keys(extraPages).map((file) => `  ${file}:\n    headlines: before-body\n`);
  return {
    [`${dir}/${SAMPLE_NAME}.txt`]: SAMPLE_PAGE,
    ...Object.fromEntries(Object.entries(extraPages).map(([file, text]) => [`${dir}/${file}`, text])),
    [`${dir}/issue.yaml`]: `pages:\n  ${SAMPLE_NAME}.txt:\n    headlines: after-body\n${pages.join("")}`,
  };
}

const newArchive = (issues: ArchiveFiles): string =>
  tempArchive({ "archive.yaml": fixture("search/archive.yaml"), ...issues }).root;

/** The sample page, alone, as the issue of 2025-03-17. */
export function sampleArchive(): string {
  return newArchive(sampleIssue("2025-03-17"));
}

/**
 * Two issues: the sample page on 2025-03-17; on 2025-04-02 the hostile page (`01.txt`, page 1)
 * and the sample page again (page 2). Built with shards of 11 items, each issue is a shard.
 */
export function twoIssueArchive(): string {
  return newArchive({
    ...sampleIssue("2025-03-17"),
    ...sampleIssue("2025-04-02", { "01.txt": fixture("search/hostile-page.txt") }),
  });
}

const NEAR_MISS_DATE = "2025-05-06";

/** How a near-miss page is made up (`nearMissArchive`). */
export interface NearMissLayout {
  query: "钢铁产能";
  /** Articles holding the query. */
  hits: number;
  /** Articles holding its pair 铁产 but not the query (地铁产品). */
  misses: number;
  /** How many of the misses are printed before the hits, the rest after. */
  missesFirst: number;
  /** Articles holding 钢铁 and 产能 apart, so that 铁产 is the query's rarest pair. */
  apart: number;
}

/**
 * One page of short articles (headlines before the body) built so that the query `钢铁产能` has a
 * rare pair, 铁产, that mostly stands elsewhere: in printed order the search reads `missesFirst`
 * candidates that must not be shown before the first that holds the query.
 */
export function nearMissArchive(layout: NearMissLayout): string {
  const article = (headline: string, reporter: string, body: string): string =>
    `${headline}\n\n  □本报记者 ${reporter}\n\n  本报讯 ${body}\n`;
  const n = (i: number): string => String(i + 1);
  const miss = (i: number): string =>
    article(`外贸订单持续增长第${n(i)}期`, "孙晓明", `当地铁产品出口保持增长，第${n(i)}批订单按期交付。`);
  const misses = Array.from({ length: layout.misses }, (_, i) => miss(i));
  const articles = [
    ...misses.slice(0, layout.missesFirst),
    ...Array.from({ length: layout.hits }, (_, i) =>
      article(
        `全市推进产业结构调整第${n(i)}期`,
        "王海燕",
        `全市钢铁产能调整稳步推进，第${n(i)}批项目完成验收。`,
      ),
    ),
    ...misses.slice(layout.missesFirst),
    ...Array.from({ length: layout.apart }, (_, i) =>
      article(
        `重点企业技术改造第${n(i)}期`,
        "刘志强",
        `钢铁企业加快技术改造，扩大优质产能，第${n(i)}家通过评估。`,
      ),
    ),
  ];
  const dir = issueFolder(NEAR_MISS_DATE);
  return newArchive({
    [`${dir}/01.txt`]: articles.join("\n"),
    [`${dir}/issue.yaml`]: "pages:\n  01.txt:\n    headlines: before-body\n",
  });
}

/** Everything a reader can find an item by: headline, kicker, subtitle, byline, dateline, paragraphs. */
const fieldsOf = (item: Item): string[] =>
  [
    item.headline,
    item.kicker,
    item.subtitle,
    item.byline,
    item.dateline,
    ...item.blocks.map((b) => b.text),
  ].filter((t): t is string => t !== null);

/** Whitespace and case do not matter, as the issue asks; a match lies within one field. */
const contains = (text: string, query: string): boolean =>
  text.replace(/\s+/g, "").toLowerCase().includes(query.replace(/\s+/g, "").toLowerCase());

/** The titles results show for the gold items that contain `query` (notes by their text's start). */
export function expectedTitles(query: string, filter: (item: Item) => boolean = () => true): string[] {
  const untitled = uiStrings("zh-CN").untitledNote;
  return goldItems()
    .filter((item) => filter(item) && fieldsOf(item).some((f) => contains(f, query)))
    .map((item) => itemTitle(item, untitled))
    .sort();
}

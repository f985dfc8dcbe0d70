/**
 * Archives for the browser tests, assembled in temp dirs from `test/fixtures/`: the sample page
 * as its own issue, and the same with a second issue (a hostile headline page and the sample page
 * again) for ordering across shards and escaping.
 */
import { readFileSync } from "node:fs";
import OpenCC from "opencc-js";
import { readPage } from "../../src/read/index.js";
import { join, resolve } from "node:path";
import type { Item } from "../../src/read/types.js";
import { itemTitle } from "../../src/shape/item-title.js";
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

const toTraditional: (text: string) => string = OpenCC.Converter({ from: "cn", to: "tw" });

/** The sample page as a Taiwanese paper would print it (OpenCC, cn → tw). */
const TRADITIONAL_PAGE = toTraditional(SAMPLE_PAGE);

/**
 * The items the site reads from the Traditional page: the project's reader cuts it as it cuts any
 * page (not necessarily as the Simplified page's hand-checked reading), and search must find
 * exactly what the site holds.
 */
export const traditionalItems = (): Item[] =>
  readPage(TRADITIONAL_PAGE, { headlinePosition: "after-body" }).items;

/**
 * The sample page printed in Traditional characters (converted by OpenCC, as a Taiwanese paper
 * would print it), in an archive whose language is `language` (`zh-TW`, `zh-HK`, `zh-Hant`).
 */
export function traditionalArchive(language = "zh-TW"): string {
  const yaml = fixture("search/archive.yaml").replace("language: zh-CN", `language: ${language}`);
  const dir = issueFolder("2025-03-17");
  return tempArchive({
    "archive.yaml": yaml,
    [`${dir}/${SAMPLE_NAME}.txt`]: TRADITIONAL_PAGE,
    [`${dir}/issue.yaml`]: `pages:\n  ${SAMPLE_NAME}.txt:\n    headlines: after-body\n`,
  }).root;
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

/** A short article as a page prints it with the headline first. */
export interface ShortArticle {
  headline: string;
  reporter: string;
  /** One paragraph, after the dateline 本报讯. */
  body: string;
}

/** Issues of one page each, of short articles printed headline first: issue date → articles. */
export function shortArticlesArchive(issues: Record<string, readonly ShortArticle[]>): string {
  const files = Object.entries(issues).flatMap(([date, articles]) => {
    const dir = issueFolder(date);
    const page = articles.map((a) => `${a.headline}\n\n  □本报记者 ${a.reporter}\n\n  本报讯 ${a.body}\n`);
    return [
      [`${dir}/01.txt`, page.join("\n")],
      [`${dir}/issue.yaml`, "pages:\n  01.txt:\n    headlines: before-body\n"],
    ];
  });
  return newArchive(Object.fromEntries(files) as ArchiveFiles);
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

/** The titles results show for the gold items that contain `query`, as printed on page 1 of 2025-03-17 (a note is titled by its label, date and page). */
export function expectedTitles(query: string, filter: (item: Item) => boolean = () => true): string[] {
  return titlesHolding(goldItems().filter(filter), query, "zh-CN");
}

/** The titles of `items` that contain `text`, as an archive in `language` shows them on page 1 of 2025-03-17. */
export function titlesHolding(items: readonly Item[], text: string, language: string): string[] {
  const ui = uiStrings(language);
  return items
    .filter((item) => fieldsOf(item).some((f) => contains(f, text)))
    .map((item) => itemTitle(ui, item, { date: "2025年3月17日", pageNumber: 1 }))
    .sort();
}

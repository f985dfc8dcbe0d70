/**
 * One search record per item (article or note), written as a small HTML document for Pagefind's
 * `addHTMLFile`, straight from the model: the page templates can change without touching search.
 * HTML rather than a custom record because only HTML carries weights (headline above body).
 *
 * The indexed text is pair tokens (`tokens.ts`); what results display (headline, date, page) is
 * Pagefind metadata in readable form; filters and the date sort key ride along as `<meta>` tags.
 */
import type { ItemEntry } from "../shape/entries.js";
import type { ShapeContext } from "../shape/context.js";
import { itemTitle } from "../shape/item-title.js";
import { printedPatch, type PrintedField } from "./excerpt.js";
import { DAY_FILTER } from "./manifest.js";
import { scriptFold } from "./script.js";
import { BODY_START, FIELD_SEPARATOR, fieldNumberTokens, fieldTokens, NUMBERS_START } from "./tokens.js";

/** Pagefind filter names; `strings.ts` gives each a human label. */
export const FILTER_KEYS = ["year", "month", "reporter", "correspondent", "place", "page"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Pagefind metadata every result carries, all display-ready. */
export interface RecordMeta {
  /** The headline, or a note's label with its date and page (`itemTitle`). */
  title: string;
  /** `2025年3月17日 星期一`. */
  date: string;
  /** `第5版 聊城新闻`. */
  page: string;
  /** The byline as printed (`本报记者 孙亚飞 高田`), or empty. */
  byline: string;
  /** The dateline as printed (`本报聊城讯`), or empty: when set, it is the body's first field. */
  dateline: string;
  /** What the indexed text lacks of the printed one (`excerpt.ts`, `printedPatch`), or empty. */
  printed: string;
}

export interface SearchRecord {
  /** Link to the item's page, with the path prefix: what the result links to. */
  url: string;
  meta: RecordMeta;
  /** The reader's filters, and the issue's date (`DAY_FILTER`) for date ranges. */
  filters: Record<FilterKey | typeof DAY_FILTER, string[]>;
  /**
   * Sort keys: `oldest` ascending reads the archive in order (date, edition, page, position);
   * `newest` descending puts the latest issue first but keeps each issue in printed order.
   */
  sort: { oldest: string; newest: string };
  /** Weighted fields in reading order, each a list of pair tokens. */
  fields: RecordField[];
  /** The number tokens of every field (`fieldNumberTokens`), each once. */
  numbers: string[];
}

export interface RecordField {
  weight: number;
  tokens: string[];
  /** The field as printed. */
  text: string;
  /** The first field of the body (dateline or first paragraph). */
  bodyStart: boolean;
}

/** How much a hit in each field counts; Pagefind's body weight is 1. */
const WEIGHT = { headline: 8, kickerSubtitle: 4, byline: 2, body: 1 } as const;

const pad3 = (n: number): string => String(Math.max(0, n)).padStart(3, "0");

export function searchRecord(ctx: ShapeContext, entry: ItemEntry): SearchRecord {
  const { issue, page, item, position } = entry;
  const [year = "", month = ""] = issue.date.split("-");
  const numbers = new Set<string>();
  // Text is indexed folded to Simplified, so that a query in either script finds it (`script.ts`).
  const fold = scriptFold();
  const field = (weight: number, text: string | null): Omit<RecordField, "bodyStart"> => {
    if (text) for (const n of fieldNumberTokens(text, fold)) numbers.add(n);
    return { weight, tokens: text ? fieldTokens(text, fold) : [], text: text ?? "" };
  };
  const header = [
    field(WEIGHT.headline, item.headline),
    field(WEIGHT.kickerSubtitle, item.kicker),
    field(WEIGHT.kickerSubtitle, item.subtitle),
    field(WEIGHT.byline, item.byline),
  ].filter((f) => f.tokens.length > 0);
  const body = [
    field(WEIGHT.body, item.dateline),
    ...item.blocks.map((b) => field(b.type === "subhead" ? WEIGHT.kickerSubtitle : WEIGHT.body, b.text)),
  ].filter((f) => f.tokens.length > 0);
  const fields: RecordField[] = [
    ...header.map((f) => ({ ...f, bodyStart: false })),
    ...body.map((f, i) => ({ ...f, bodyStart: i === 0 })),
  ];
  return {
    url: ctx.href(entry.path),
    meta: {
      title: itemTitle(ctx.ui, item, { date: ctx.dayDate(issue), pageNumber: page.number }),
      date: ctx.longDate(issue),
      page: ctx.pageLabel(page),
      byline: item.byline ?? "",
      dateline: item.dateline ?? "",
      printed: printedPatch(
        fields.map((f, i): PrintedField => ({ text: f.text, separated: f.bodyStart || i > 0 })),
        fold,
      ),
    },
    filters: {
      year: [year],
      month: [`${year}-${month}`],
      reporter: [...item.reporters],
      correspondent: [...item.correspondents],
      place: item.place ? [item.place] : [],
      page: [String(page.number)],
      [DAY_FILTER]: [issue.date],
    },
    sort: {
      oldest: `${issue.date}|${issue.edition ?? "-"}|${pad3(page.number)}|${pad3(position)}`,
      newest: `${issue.date}|${issue.edition ?? "-"}|${pad3(999 - page.number)}|${pad3(999 - position)}`,
    },
    fields,
    numbers: [...numbers],
  };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The record as the HTML document Pagefind reads. Fields are separated by a token of their own so
 * that excerpts can tell where a paragraph ends; a phrase of pairs can never span two fields.
 */
export function recordHtml(record: SearchRecord): string {
  const metaTag = (attr: string, key: string, value: string): string =>
    `<meta data-pagefind-${attr}="${key}[content]" content="${escapeHtml(value)}">`;
  const head = [
    ...Object.entries(record.meta)
      .filter(([, v]) => v !== "")
      .map(([k, v]) => metaTag("meta", k, v)),
    ...Object.entries(record.filters).flatMap(([k, vs]) => vs.map((v) => metaTag("filter", k, v))),
    ...Object.entries(record.sort).map(([k, v]) => metaTag("sort", k, v)),
  ].join("");
  const body = record.fields
    .map((f, i) => {
      const separator = f.bodyStart ? `${BODY_START} ` : i > 0 ? `${FIELD_SEPARATOR} ` : "";
      return `<p data-pagefind-weight="${f.weight}">${separator}${f.tokens.join(" ")}</p>`;
    })
    .join("\n");
  // Last, so that they shift no position of the text's tokens; the excerpt stops at the marker.
  const numbers = record.numbers.length ? `\n<p>${NUMBERS_START} ${record.numbers.join(" ")}</p>` : "";
  return `<!DOCTYPE html><html lang="zz"><head>${head}</head><body><div data-pagefind-body>${body}${numbers}</div></body></html>`;
}

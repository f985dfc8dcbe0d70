/**
 * What a librarian should check on a page, each with its line and the `@@` directive that fixes
 * it: the loader's diagnostics of the page (the reader's warnings among them), and readings that
 * are not wrong for certain but stand out on their page. Pure.
 */
import type { Diagnostic } from "../load/diagnostic.js";
import type { Item, PageReading } from "../read/types.js";
import type { ReadLine } from "./line-roles.js";

export interface Doubt {
  /** 1-based line in the page file, or null for the whole file. */
  line: number | null;
  severity: "error" | "warning";
  /** Stable identifier: a catalogue code or one of the review's own (`lone-unsigned` …). */
  code: string;
  message: string;
  /** What to write in the page file to fix the reading, or what else to do. */
  fix: string;
}

/** The directive that fixes each kind of doubtful reading (docs/markup.md). */
const FIXES: Record<string, string> = {
  "article-without-headline":
    "put @@headline on the line above its headline; text printed without one takes @@note above it",
  "headline-without-body":
    "put @@article above the line where its article starts; if the line is body text, @@text above it",
  "unstructured-page":
    "put @@article above each article and @@headline above its headline; @@plain if the page is one text",
  "lone-unsigned":
    "if it prints a byline, put @@byline above that line; if its byline went to a neighbour, @@article above where it starts",
  "long-headline":
    "put @@text above the lines that are body text, or @@headline above the headline's own lines",
  "short-article":
    "if its headline is body text of the article before, put @@text above it; a caption takes @@note",
  "invisible-character": "delete the character (an editor that shows invisible characters finds it)",
  "bidi-control": "delete the character (an editor that shows invisible characters finds it)",
};

/** A headline this much longer than the page's usual one, and this long, stands out. */
const LONG_HEADLINE_FACTOR = 2;
const LONG_HEADLINE_MIN = 20;
/** An article with less body text than this (characters) stands out. */
const SHORT_ARTICLE_MAX = 40;
/** Page-wide comparisons need this many articles to mean anything. */
const MIN_ARTICLES = 3;

/** The doubts of one page: its diagnostics, then what stands out, by line. */
export function pageDoubts(
  diagnostics: readonly Diagnostic[],
  reading: PageReading,
  lines: ReadLine[],
): Doubt[] {
  const doubts: Doubt[] = diagnostics.map((d) => ({
    line: d.line ?? null,
    severity: d.severity,
    code: d.code,
    message: d.message,
    fix: FIXES[d.code] ?? d.hint,
  }));
  doubts.push(...standingOut(reading, lines));
  return doubts.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const length = (text: string): number => [...text].length;
const bodyLength = (item: Item): number => item.blocks.reduce((n, b) => n + length(b.text), 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Readings that are unlike the rest of their page. */
function standingOut(reading: PageReading, lines: ReadLine[]): Doubt[] {
  const articles = reading.items.filter((item) => item.kind === "article");
  if (articles.length < MIN_ARTICLES) return [];
  const doubts: Doubt[] = [];
  const doubt = (line: number, code: string, message: string): void => {
    doubts.push({ line, severity: "warning", code, message, fix: FIXES[code]! });
  };
  const firstLineOf = (item: Item, role: ReadLine["role"]): number =>
    lines.find((l) => l.no >= item.lines.first && l.no <= item.lines.last && l.role === role)?.no ??
    item.lines.first;

  const unsigned = articles.filter((item) => !item.byline);
  if (unsigned.length === 1)
    doubt(unsigned[0]!.lines.first, "lone-unsigned", "the only article on the page without a byline");

  const headlines = articles.filter((item) => item.headline);
  for (const item of headlines) {
    const others = headlines.filter((other) => other !== item).map((other) => length(other.headline!));
    const own = length(item.headline!);
    if (own >= LONG_HEADLINE_MIN && own > Math.max(...others) && own >= LONG_HEADLINE_FACTOR * median(others))
      doubt(
        firstLineOf(item, "headline"),
        "long-headline",
        `a headline of ${own} characters, over twice as long as the others on the page: body text may have been read into it`,
      );
  }

  for (const item of articles) {
    const body = bodyLength(item);
    if (body < SHORT_ARTICLE_MAX)
      doubt(
        item.lines.first,
        "short-article",
        `a very short article (${body} characters of text): it may belong to the article before it, or be a caption`,
      );
  }
  return doubts;
}

/**
 * Prints a reading back as a page, the way a newspaper's PDF text comes out: columns of a given
 * width, indented paragraphs, column breaks as blank lines, headline groups before or after
 * their bodies. Round trips through it test the reader on layouts no fixture shows.
 */
import { displayWidth } from "../../src/read/chars.js";
import type { Block, HeadlinePosition } from "../../src/read/types.js";

/** An item as the corpus gold files hold it. */
export interface GoldItem {
  kind: "article" | "note";
  kicker: string | null;
  headline: string | null;
  subtitle: string | null;
  byline: string | null;
  dateline: string | null;
  blocks: Block[];
}

export interface Layout {
  position: HeadlinePosition;
  /** Characters per body line. */
  width: number;
  /** Paragraph indent. */
  indent: string;
  /** Blank lines around headline lines and bylines. */
  airy: boolean;
  /** Line indexes (modulo the paragraph's length) after which a column breaks. */
  breaks: number[];
  /** Print bylines with a □ marker. */
  marker: boolean;
  /** Print headlines of 10 or more characters over two lines. */
  wrapHeadlines: boolean;
  /**
   * Start paragraphs with an indent, or with a blank line and no indent; or print each paragraph
   * on one line of its own, with neither (as some PDF extractions do).
   */
  paragraphs: "indent" | "blank" | "line";
  /** Indent headline lines like paragraphs (as some extractions do); only between blank lines. */
  indentTitles?: boolean;
}

/** Where a typesetter would not break a line: inside a Latin word or number, or at a space. */
function unbreakable(chars: string[], at: number): boolean {
  const before = chars[at - 1] ?? "";
  const after = chars[at] ?? "";
  if (before === " " || after === " ") return true;
  return /[A-Za-z0-9.%]/u.test(before) && /[A-Za-z0-9.%]/u.test(after);
}

/** Wraps text into lines `width` em wide: Chinese characters take one em, Latin letters and digits half. */
function wrap(text: string, width: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    for (let cells = 0; end < chars.length; end++) {
      cells += displayWidth(chars[end]!);
      if (cells > width * 2) break;
    }
    while (end < chars.length && end > start + 1 && unbreakable(chars, end)) end--;
    out.push(chars.slice(start, end).join(""));
    start = end;
  }
  return out;
}

/** Wraps a paragraph whose first line gives two ems to the indent. */
function indented(text: string, width: number): string[] {
  const [first] = wrap(text, width - 2);
  return [first!, ...wrap(Array.from(text).slice(Array.from(first!).length).join(""), width)];
}

function paragraph(text: string, layout: Layout, seed: number): string[] {
  if (layout.paragraphs === "line") return [text];
  // The indent takes two ems of the first line.
  const lines = layout.paragraphs === "indent" ? indented(text, layout.width) : wrap(text, layout.width);
  const out: string[] = layout.paragraphs === "blank" ? [""] : [];
  const indent = layout.paragraphs === "blank" ? "" : layout.indent;
  lines.forEach((line, i) => {
    out.push(i === 0 ? indent + line : line);
    const breakHere = layout.breaks.some((b) => (b + seed) % Math.max(lines.length, 1) === i);
    if (breakHere && i + 1 < lines.length && lines.length > 2) out.push("");
  });
  return out;
}

/** A headline of ten or more characters printed over two lines, the first a little longer. */
function halves(headline: string): string[] {
  const chars = Array.from(headline);
  if (chars.length < 10) return [headline];
  const cut = Math.ceil(chars.length / 2);
  return [chars.slice(0, cut).join(""), chars.slice(cut).join("")];
}

function spaced(lines: string[], airy: boolean): string[] {
  if (!airy) return lines;
  return lines.flatMap((l) => ["", l]).concat([""]);
}

/** Prints gold items as one page in the given layout. */
export function renderPage(items: GoldItem[], layout: Layout): string {
  const out: string[] = [];
  items.forEach((item, n) => {
    const headline = item.headline && layout.wrapHeadlines ? halves(item.headline) : [item.headline];
    const titles = [item.kicker, ...headline, item.subtitle].filter((s): s is string => Boolean(s));
    const head = spaced(
      titles.map((t) => (layout.indentTitles && layout.airy ? layout.indent + t : t)),
      layout.airy,
    );
    // A credit in brackets is printed after the dateline, as papers do; other bylines on a line.
    const at = item.byline?.indexOf("（") ?? -1;
    const credit = at >= 0 ? item.byline!.slice(at) : null;
    const printed = at < 0 ? item.byline : at > 0 ? item.byline!.slice(0, at).trim() : null;
    const indent = layout.paragraphs === "line" ? "" : layout.indent;
    const byline = printed ? spaced([`${indent}${layout.marker ? "□ " : ""}${printed}`], layout.airy) : [];
    const body = item.blocks.flatMap((block, i) => {
      if (block.type === "subhead") return [layout.indent + block.text];
      const text = i === 0 && item.dateline ? `${item.dateline}${credit ?? " "}${block.text}` : block.text;
      return paragraph(text, layout, n + i);
    });
    if (layout.position === "before-body") out.push(...head, ...byline, ...body);
    else out.push(...byline, ...body, ...head);
  });
  return out.join("\n") + "\n";
}

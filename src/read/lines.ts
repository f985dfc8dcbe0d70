/**
 * Stage 1: page text → measured lines. Line ends are normalised (CRLF, CR → LF) so that the
 * reading never depends on them; every later stage works on these records, never on raw text.
 */
import { BYLINE_MARKERS, displayWidth, isSpace } from "./chars.js";

/** One line of the page file, measured. */
export interface Line {
  /** 1-based line number in the page file. */
  no: number;
  /** Width of the leading whitespace in half-em cells (ASCII space 1, ideographic space 2, tab 4). */
  indent: number;
  /** The line without leading and trailing whitespace. */
  text: string;
  /** Display width of `text` in half-em cells (Han = 2). */
  width: number;
  /** True when the line holds nothing but whitespace. */
  blank: boolean;
  /** True when the text opens with a byline marker such as □. */
  marked: boolean;
}

/** Removes a byte-order mark and turns CRLF and lone CR into LF. */
export function normaliseLineEnds(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, "\n");
}

function measure(raw: string, no: number): Line {
  let start = 0;
  let indent = 0;
  while (start < raw.length && isSpace(raw[start]!)) {
    const ch = raw[start++]!;
    indent += ch === "\u3000" ? 2 : ch === "\t" ? 4 : 1;
  }
  let end = raw.length;
  while (end > start && isSpace(raw[end - 1]!)) end--;
  const text = raw.slice(start, end);
  return {
    no,
    indent,
    text,
    width: displayWidth(text),
    blank: text.length === 0,
    marked: text.length > 0 && BYLINE_MARKERS.includes(text[0]!),
  };
}

/** Splits normalised page text into measured lines (a final line end adds no line). */
export function splitLines(text: string): Line[] {
  const raws = text.split("\n");
  if (raws.length > 1 && raws[raws.length - 1] === "") raws.pop();
  return raws.map((raw, i) => measure(raw, i + 1));
}

/** Widest indent that still marks a paragraph; a wider one means centred or otherwise placed. */
export const MAX_PARAGRAPH_INDENT = 8;

/**
 * A paragraph indent: two to eight cells (two ASCII or ideographic spaces, usually). A single
 * space is not one: PDF text often starts a wrapped line with the space it broke at.
 */
export function isParagraphIndent(line: Line): boolean {
  return line.indent >= 2 && line.indent <= MAX_PARAGRAPH_INDENT;
}

/** Placed apart from the text column, e.g. a centred headline. */
export function isCentred(line: Line): boolean {
  return line.indent > MAX_PARAGRAPH_INDENT;
}

/**
 * Column width around a line. Newspaper text is set in columns whose width varies from article to
 * article; a line that runs the full width of its column is body text, while headlines are
 * visibly shorter or longer. The width of a column is read from the lines that are followed by
 * a continuation line (those are full), nearest first.
 */
import {
  displayWidth,
  endsChineseSentence,
  endsSentence,
  endsWithClosedRemark,
  endsWithDash,
  tookPushedCharacter,
} from "./chars.js";
import { isCentred, isParagraphIndent, type Line } from "./lines.js";

/** How many full lines on each side of a line inform its column width. */
const NEIGHBOURS = 6;
/** Widths this close (in cells) count as the same column: digits and Latin letters are narrower. */
const SAME_COLUMN = 2;

/** The column around every line (same indexes as the lines). */
export interface Columns {
  /** Column width in display cells, or 0 when nothing around says. */
  widths: number[];
  /**
   * True when most full lines around agree on that width: text set in a column. False on a
   * page whose lines are as ragged as its paragraphs (an extraction that put each paragraph
   * on one line), where the "commonest" width is chance.
   */
  steady: boolean[];
}

/** Fewest agreeing samples that make a steady column. */
const STEADY_SAMPLES = 3;

/** Column width around every line; lines `excluded` (bylines) tell nothing about it. */
export function columnWidths(lines: Line[], excluded: (index: number) => boolean): Columns {
  const all = new Samples();
  // Lines of wide characters only measure the column exactly: digits and Latin letters print
  // wider than the one cell they are counted as, so lines holding them read narrower.
  const exact = new Samples();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.blank || next.blank || excluded(i) || excluded(i + 1)) continue;
    if (isParagraphIndent(next) || isCentred(next)) continue;
    all.add(i, line.width + line.indent);
    if (line.width === 2 * charCount(line.text)) exact.add(i, line.width + line.indent);
  }
  const widths = new Array<number>(lines.length).fill(0);
  const steady = new Array<boolean>(lines.length).fill(false);
  let p = 0; // first sample at or after the current line
  let e = 0; // first exact sample at or after the current line
  for (let i = 0; i < lines.length; i++) {
    while (p < all.size && all.index[p]! < i) p++;
    while (e < exact.size && exact.index[e]! < i) e++;
    const near = { lo: Math.max(0, p - NEIGHBOURS), hi: Math.min(all.size, p + NEIGHBOURS) };
    const { width, count } = commonest(all.width, near.lo, near.hi);
    let lo = Math.max(0, e - NEIGHBOURS);
    let hi = Math.min(exact.size, e + NEIGHBOURS);
    while (lo < hi && i - exact.index[lo]! > EXACT_REACH) lo++;
    while (hi > lo && exact.index[hi - 1]! - i > EXACT_REACH) hi--;
    const sure = hi - lo >= STEADY_SAMPLES ? commonest(exact.width, lo, hi) : null;
    widths[i] = sure ? fuller(exact.width, lo, hi, sure.width) : width;
    steady[i] = count >= STEADY_SAMPLES && count * 2 >= near.hi - near.lo;
  }
  return { widths, steady };
}

/** Lines measured for the column: their indexes and widths, in page order. */
class Samples {
  readonly index: number[] = [];
  readonly width: number[] = [];
  add(index: number, width: number): void {
    this.index.push(index);
    this.width.push(width);
  }
  get size(): number {
    return this.index.length;
  }
}

/** Characters (code points) in `text`, counted without building an array. */
function charCount(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0xdc00 || code > 0xdfff) n++; // a low surrogate ends a character already counted
  }
  return n;
}

/** How far (in lines) an exact sample may be from the line it measures the column for. */
const EXACT_REACH = 30;

/**
 * The width most of `values[lo..hi)` share (within SAME_COLUMN; ties to the wider), and how many
 * share it: full body lines agree on their column's width, while the few headline lines among
 * the samples each differ.
 */
function commonest(values: number[], lo: number, hi: number): { width: number; count: number } {
  let best = 0;
  let bestCount = 0;
  for (let a = lo; a < hi; a++) {
    const candidate = values[a]!;
    let count = 0;
    for (let b = lo; b < hi; b++) if (Math.abs(values[b]! - candidate) <= SAME_COLUMN) count++;
    if (count > bestCount || (count === bestCount && candidate > best)) {
      best = candidate;
      bestCount = count;
    }
  }
  // Justified lines fill the column; the narrower ones around the commonest width lost a
  // character to a line-breaking rule or hold narrow digits. The column is the widest of them.
  let widest = best;
  for (let a = lo; a < hi; a++)
    if (Math.abs(values[a]! - best) <= SAME_COLUMN && values[a]! > widest) widest = values[a]!;
  return { width: widest, count: bestCount };
}

/**
 * Where paragraphs are short, their first lines (short by the dropped indent) may outnumber the
 * full lines; the column is then the wider width that at least two exact lines share, an indent
 * or less beyond the commonest.
 */
function fuller(values: number[], lo: number, hi: number, width: number): number {
  let column = width;
  for (let a = lo; a < hi; a++) {
    const v = values[a]!;
    if (v <= column || v - width > LOST_INDENT + SAME_COLUMN) continue;
    let same = 0;
    for (let b = lo; b < hi; b++) if (values[b] === v) same++;
    if (same >= 2) column = v;
  }
  return column;
}

/** Is a line about as wide as its column (so probably a wrapped body line)? */
export function isColumnWide(line: Line, column: number): boolean {
  if (column === 0) return false;
  const tolerance = Math.max(3, column * 0.1);
  return Math.abs(line.width + line.indent - column) <= tolerance;
}

/** How wide a paragraph indent is, in cells, when an extraction dropped it (two Han characters). */
const LOST_INDENT = 4;

/**
 * Does an unindented line fill its column, less what a line-breaking rule or narrow digits take
 * off? Such a line is never a paragraph's first line where the extraction dropped the indents.
 */
export function fillsColumn(line: Line, column: number): boolean {
  return column > 0 && line.indent === 0 && column - printedWidth(line) <= SAME_COLUMN;
}

/** A run the line breaker cannot split: a Latin word or a number, with a bracket or quote. */
const UNBREAKABLE = /^[（(“"‘]?[A-Za-z0-9][A-Za-z0-9.,%+-]*[）)”"’]?/u;

/**
 * Was `prev` left short because the word opening `line` (a Latin word or a number, which the
 * line breaker does not split) did not fit in what was left of it (…近期，深度求索 /
 * （DeepSeek）火爆全球)? Then the sentence runs on.
 */
export function leftForWord(prev: Line, line: Line, column: number): boolean {
  const word = UNBREAKABLE.exec(line.text)?.[0];
  return word !== undefined && column > 0 && displayWidth(word) > column - printedWidth(prev);
}

/** What a narrow character (digit, Latin letter) prints as, in cells, in a CJK font. */
const NARROW_PRINT = 1.2;

/**
 * The width a line takes in print, in cells: digits and Latin letters set among Chinese print
 * wider than the one cell they are counted as, so a line holding many reads narrower than it is.
 */
function printedWidth(line: Line): number {
  const chars = charCount(line.text);
  const narrow = 2 * chars - line.width;
  // Only among wide characters: a Latin line is measured against a column of Latin lines.
  if (narrow <= 0 || narrow * 2 > chars) return line.width;
  return line.width + narrow * (NARROW_PRINT - 1);
}

/**
 * Is a line shorter than any first line of a paragraph, so that it can only be a paragraph's
 * last line (or a heading)?
 */
export function isFarShort(line: Line, column: number): boolean {
  return column > 0 && column - line.width - line.indent > LOST_INDENT + SAME_COLUMN;
}

/**
 * Is `line` short of its column by a paragraph indent, in the middle of a sentence? Justified
 * text fills every line but the last of a paragraph, so such a line is the indented first line
 * of a paragraph whose indent the extraction dropped.
 */
export function isShortByIndent(line: Line, column: number): boolean {
  if (column === 0 || line.indent > 0) return false;
  // A sentence end, or a dash leading into what follows, may fall anywhere on the line.
  if (endsSentence(line.text) || endsWithClosedRemark(line.text) || endsWithDash(line.text)) return false;
  const short = column - printedWidth(line);
  return short >= LOST_INDENT - 1 && short <= LOST_INDENT + 2;
}

/** What a character pushed down to the next line takes off a line, in cells. */
const PUSHED = 2;

/**
 * Is `line` short by the indent once the character the layout pushed down to `next` is counted
 * back on it (…不好做 / 了。”: a mark no line opens with brought 了 down with it)? A first line
 * may lose both.
 */
export function isShortByIndentAndPush(line: Line, column: number, next: Line): boolean {
  if (next.blank || !tookPushedCharacter(next.text)) return false;
  return isShortByIndent({ ...line, width: line.width + PUSHED }, column);
}

/**
 * Did the extraction drop the paragraph indents of text set in steady columns? Then the line
 * after a paragraph's short last line is short by the indent, not full: counted over the page's
 * body lines (`body`), so that a page whose paragraphs were never indented keeps its full first
 * lines.
 */
export function dropsIndents(lines: Line[], columns: Columns, body: (index: number) => boolean): boolean {
  let short = 0;
  let full = 0;
  let apart = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const column = columns.widths[i]!;
    if (!body(i) || !columns.steady[i]) continue;
    const [prev, line] = [lines[i]!, lines[i + 1]!];
    if (!endsChineseSentence(prev.text) || !isFarShort(prev, column)) continue;
    if (line.blank) apart++;
    else if (!body(i + 1)) continue;
    else if (isShortByIndent(line, column)) short++;
    else if (fillsColumn(line, column)) full++;
  }
  // (Where blank lines set most paragraphs apart, those say where paragraphs end.)
  return short >= 2 && short >= 2 * full && short > apart;
}

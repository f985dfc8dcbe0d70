/**
 * A headline group → kicker (引题), headline (主题) and subtitle (副题). A subtitle opens with a
 * dash. Of the other lines, two of similar length with nothing ending the first are one headline
 * wrapped over two lines; a first line that is much longer or shorter than the next, or that
 * holds a space between two phrases or ends with punctuation, is a kicker above the headline;
 * so is the first of three or more lines.
 */
import { isHan } from "./chars.js";
import type { Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";

export interface HeadlineGroup {
  kicker: string | null;
  headline: string | null;
  subtitle: string | null;
}

const SUBTITLE_START = /^[—─―-]{1,3}/u;
/** Two phrases of Chinese text set apart by a space. */
const PHRASE_PAIR = /[\u4e00-\u9fff”’」』]{2}[ \u3000]+[“‘「『\u4e00-\u9fff]{2}/u;
/** Marks a kicker line may end with that a wrapped headline's first line would not. */
const PHRASE_END = /[，,：:！!？?；;”’」』）)]$/u;

/** Joins title lines: nothing between Chinese characters, a space between Latin words. */
export function joinTitleLines(texts: string[]): string {
  const parts: string[] = [];
  let last = "";
  for (const text of texts) {
    if (text === "") continue;
    if (parts.length > 0 && !isHan(last) && !isHan(text.slice(0, 1))) parts.push(" ");
    parts.push(text);
    last = text.slice(-1);
  }
  return parts.join("");
}

/** Is `second` the rest of a headline wrapped after `first`? */
export function isWrapOf(first: string, second: string): boolean {
  if (/[ \u3000]/u.test(first) || PHRASE_END.test(first)) return false;
  // Two phrases set apart by a space make a title line of their own (压紧责任 守牢底线).
  if (PHRASE_PAIR.test(second)) return false;
  const a = Array.from(first).length;
  const b = Array.from(second).length;
  // A headline printed over two lines is set in balanced lines (or ends in a word or two); a
  // kicker is a phrase of its own, usually much longer than the headline under it.
  return b <= 3 || (b <= a * 1.25 && b >= a * 0.6);
}

/** Reads a headline group; `forced` gives the librarian's roles by line number. */
export function readHeadlineGroup(lines: Line[], forced: Map<number, ForcedRole>): HeadlineGroup {
  const kickers: string[] = [];
  const heads: string[] = [];
  const subtitles: string[] = [];
  /** Lines the librarian gave no role, and whether a forced headline stood above them. */
  const free: { text: string; belowHeadline: boolean }[] = [];
  let subtitleAbove: string | null = null;
  for (const line of lines) {
    const force = forced.get(line.no);
    const text = line.text;
    const dashed = lines.length > 1 && SUBTITLE_START.test(text);
    const headlineSeen = heads.length + free.length > 0;
    const wrapsSubtitle = subtitleAbove !== null && headlineSeen && isWrapOf(subtitleAbove, text);
    if (force === "kicker") kickers.push(text);
    else if (force === "headline") heads.push(text);
    else if (force === "subtitle" || dashed || wrapsSubtitle) {
      // A dash opens a subtitle wherever the extraction put it; below the headline, a line the
      // subtitle wraps onto goes with it.
      subtitles.push(text);
      subtitleAbove = text;
      continue;
    } else free.push({ text, belowHeadline: heads.length > 0 });
    subtitleAbove = null;
  }
  if (heads.length > 0) {
    // The librarian named the headline: free lines above it are the kicker, below it the subtitle.
    for (const f of free) (f.belowHeadline ? subtitles : kickers).push(f.text);
  } else if (free.length > 0) {
    // Otherwise the first line is a kicker unless the next line wraps it; of three or more
    // lines, the first is a kicker (a headline seldom runs to three lines).
    const texts = free.map((f) => f.text);
    const kicker =
      kickers.length === 0 && texts.length >= 2 && (texts.length >= 3 || !isWrapOf(texts[0]!, texts[1]!));
    if (kicker) kickers.push(texts.shift()!);
    for (const text of texts) heads.push(text);
  }
  return {
    kicker: kickers.length > 0 ? joinTitleLines(kickers) : null,
    headline: heads.length > 0 ? joinTitleLines(heads) : null,
    subtitle: subtitles.length > 0 ? joinTitleLines(subtitles) : null,
  };
}

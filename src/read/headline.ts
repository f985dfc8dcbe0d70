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
  const free: string[] = [];
  for (const line of lines) {
    const force = forced.get(line.no);
    if (force === "kicker") kickers.push(line.text);
    else if (force === "headline") heads.push(line.text);
    else if (force === "subtitle" || (free.length + heads.length > 0 && SUBTITLE_START.test(line.text)))
      subtitles.push(line.text);
    else if (subtitles.length > 0) subtitles.push(line.text);
    else free.push(line.text);
  }
  if (heads.length === 0 && free.length > 0) {
    // Without the librarian's word: the first line is a kicker unless the next line wraps it;
    // of three or more lines, the first is a kicker (a headline seldom runs to three lines).
    let start = 0;
    if (kickers.length === 0 && free.length >= 2 && (free.length >= 3 || !isWrapOf(free[0]!, free[1]!))) {
      kickers.push(free[0]!);
      start = 1;
    }
    for (const text of free.slice(start)) heads.push(text);
  } else for (const text of free) kickers.push(text);
  return {
    kicker: kickers.length > 0 ? joinTitleLines(kickers) : null,
    headline: heads.length > 0 ? joinTitleLines(heads) : null,
    subtitle: subtitles.length > 0 ? joinTitleLines(subtitles) : null,
  };
}

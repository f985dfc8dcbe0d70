/**
 * Printing synthetic articles the way the sample page is printed: paragraphs wrapped to a narrow
 * column with a two-space indent, □ bylines in the sample's four shapes, headlines after bodies
 * (sometimes over two lines, sometimes under a kicker), blank lines where a column breaks
 * mid-sentence, and the odd number spread out by the layout (`4 0 0 亿元`).
 */
import type { Random } from "./prng.js";

/** An article before it is printed. */
export interface DraftArticle {
  reporters: string[];
  correspondents: string[];
  /** Place for the 本报X讯 dateline; null prints a 本报记者 byline with no dateline. */
  datelinePlace: string | null;
  /** Paragraphs; a paragraph starting with `§` is a subhead (printed on its own line). */
  paragraphs: string[];
  kicker: string | null;
  headline: string;
}

/** Width of a character in the column, in full-width cells (ASCII is half a cell). */
const cellWidth = (ch: string): number => (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1);

/** Punctuation that may not begin a line (kinsoku). */
const CLOSING = new Set([..."，。、；：！？”’）》」』…%"]);

/** Wraps one paragraph to `width` cells, the first line indented by two spaces. */
export function wrap(text: string, width: number, indent = "  "): string[] {
  const lines: string[] = [];
  let line = indent;
  let used = 1; // the two-space indent takes about one cell
  for (const ch of text) {
    const w = cellWidth(ch);
    // Typesetters never start a line with closing punctuation; it hangs at the end of the line.
    if (used + w > width && line.trim() !== "" && !CLOSING.has(ch)) {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line.trim() !== "") lines.push(line);
  return lines;
}

/** `400亿元` → `4 0 0 亿元`: what PDF extraction makes of a number set in a wide font. */
export function spreadNumber(text: string, random: Random): string {
  const numbers = [...text.matchAll(/\d{3,}/g)];
  if (numbers.length === 0) return text;
  const match = random.pick(numbers);
  const at = match.index ?? 0;
  return text.slice(0, at) + [...match[0]].join(" ") + " " + text.slice(at + match[0].length);
}

function bylineLines(article: DraftArticle, random: Random): string[] {
  const reporters = article.reporters.join(" ");
  const correspondents = article.correspondents.join(" ");
  if (article.datelinePlace === null) return [`  □ 本报记者 ${reporters}`];
  if (correspondents === "")
    return [random.chance(0.3) ? `\u3000\u3000□记者 ${reporters} 报道` : `  □记者 ${reporters} 报道`];
  if (random.chance(0.3)) return [`  □记 者 ${reporters}`, `   通讯员 ${correspondents} 报道`];
  return [`  □记者 ${reporters} 通讯员 ${correspondents} 报道`];
}

/** Headline block after the body: optional kicker, a headline maybe split over two lines. */
function headlineLines(article: DraftArticle, random: Random): string[] {
  const lines: string[] = [];
  if (article.kicker !== null) lines.push(article.kicker, "");
  const chars = [...article.headline];
  if (chars.length >= 12 && random.chance(0.3)) {
    const cut = Math.ceil(chars.length / 2);
    lines.push(chars.slice(0, cut).join(""), "", chars.slice(cut).join(""));
  } else lines.push(article.headline);
  return lines;
}

/** Body lines of one article, column breaks included; `columnLeft` is shared across the page. */
function bodyLines(
  article: DraftArticle,
  width: number,
  random: Random,
  column: { left: number; height: number },
): string[] {
  const out: string[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    if (paragraph.startsWith("§")) {
      out.push(`  ${paragraph.slice(1)}`);
      return;
    }
    let text = paragraph;
    if (p === 0 && article.datelinePlace !== null) text = `本报${article.datelinePlace}讯 ${text}`;
    if (random.chance(0.04)) text = spreadNumber(text, random);
    const lines = wrap(text, width);
    lines.forEach((line, i) => {
      out.push(line);
      column.left -= 1;
      // A column ends here: print the break only where the sentence runs on into the next column,
      // and never leave a lone last line that would look like a headline.
      const runsOn = i < lines.length - 2 && !/[。！？”]$/.test(line);
      if (column.left <= 0 && runsOn) {
        out.push("");
        column.left = column.height;
      }
    });
  });
  return out;
}

/** All lines of one printed article, ending with its headline and a blank line. */
export function printArticle(
  article: DraftArticle,
  random: Random,
  column: { left: number; height: number },
): string[] {
  const width = random.int(16, 27);
  return [
    ...bylineLines(article, random),
    ...bodyLines(article, width, random, column),
    "",
    ...headlineLines(article, random),
    "",
  ];
}

/** An editor's note: a paragraph with no byline or headline, wrapped at the page's full width. */
export function printNote(text: string): string[] {
  const lines = wrap(text, 31);
  return [lines[0] ?? "", ...lines.slice(1).map((l) => l.trimStart()), ""];
}

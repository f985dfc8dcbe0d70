/**
 * Text repair a librarian would agree with: wrapped lines joined (nothing between Chinese
 * characters, a space between Latin words, a line-end hyphen inside a Latin word dropped), runs of
 * spaces collapsed, and the spaces that layout put inside numbers removed (4 0 0 亿元 → 400亿元).
 */
import { isDigit, isHan, isLatinAlnum } from "./chars.js";

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/u;
const LOWER = /[a-z\u00df-\u00ff]/u;
/** CJK punctuation that sits tight against numbers (。，、“” etc.). */
const WIDE_PUNCT = new Set(Array.from("。，、；：？！“”‘’（）《》【】「」『』…—·"));

/** How two wrapped lines meet: "" (glued), " " (a space) or "-" (a hyphenated word rejoined). */
function seam(prev: string, next: string, latinText: boolean): "" | " " | "-" {
  const last = prev.slice(-1);
  const beforeLast = prev.slice(-2, -1);
  const first = next.slice(0, 1);
  if (last === "-" && LATIN_LETTER.test(beforeLast) && LOWER.test(first)) return "-";
  // A hyphen before a capital or a digit joins a compound or a range (New-|York, 1904-|1905):
  // kept, with nothing after it.
  if (last === "-" && isLatinAlnum(beforeLast) && isLatinAlnum(first)) return "";
  if (latinText) return " ";
  return isLatinAlnum(last) && isLatinAlnum(first) && !(isDigit(last) && isDigit(first)) ? " " : "";
}

/**
 * Joins the lines of one paragraph. `latinText` is true for pages in a Latin-script language,
 * whose wrapped lines always meet with a space.
 */
export function joinLines(texts: string[], latinText: boolean): string {
  const parts: string[] = [];
  let prev = "";
  for (const text of texts) {
    if (text === "") continue;
    if (parts.length > 0) {
      const how = seam(prev, text, latinText);
      if (how === "-") parts[parts.length - 1] = prev.slice(0, -1);
      else if (how === " ") parts.push(" ");
    }
    parts.push(text);
    prev = text;
  }
  return parts.join("");
}

function isNumberChar(ch: string): boolean {
  return isDigit(ch) || ch === "." || ch === "%";
}

function isWide(ch: string): boolean {
  return isHan(ch) || WIDE_PUNCT.has(ch);
}

/** A space between two numbers' parts, or between a number and Chinese text, is layout. */
function isLayoutSpace(prev: string, next: string): boolean {
  if (isNumberChar(prev) && isNumberChar(next)) return true;
  return (isNumberChar(prev) && isWide(next)) || (isWide(prev) && isNumberChar(next));
}

/**
 * Collapses runs of spaces to one and trims. In Chinese text (`chinese`), also drops the
 * spaces layout put inside and around numbers: "4 0 0 亿元" → "400亿元", "2 .7万" → "2.7万";
 * in letter-spaced text, those between Chinese characters too: "今 天 ， 市" → "今天，市".
 */
export function repairSpaces(text: string, chinese: boolean): string {
  const collapsed = text.replace(/[ \u3000\t\u00a0]+/gu, " ").trim();
  if (!chinese || !collapsed.includes(" ")) return collapsed;
  const chars = Array.from(collapsed);
  const spaced = isLetterSpaced(chars);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === " " && i > 0 && i + 1 < chars.length) {
      const prev = chars[i - 1]!;
      const next = chars[i + 1]!;
      if (isLayoutSpace(prev, next) || (spaced && isWide(prev) && isWide(next))) continue;
    }
    out.push(ch);
  }
  return out.join("");
}

/** Fewest wide characters a text needs before it can be told letter-spaced. */
const MIN_SPACED_TEXT = 6;

/**
 * Is Chinese text letter-spaced, as some OCR prints it (今 天 ， 市 政 府): a space between most
 * pairs of wide characters? Then those spaces are layout, not the text's own.
 */
function isLetterSpaced(chars: string[]): boolean {
  let wide = 0;
  let spacedPairs = 0;
  for (let i = 0; i < chars.length; i++) {
    if (isWide(chars[i]!)) wide++;
    else if (chars[i] === " " && i > 0 && isWide(chars[i - 1]!) && isWide(chars[i + 1] ?? "")) spacedPairs++;
  }
  return wide >= MIN_SPACED_TEXT && spacedPairs * 2 >= wide - 1;
}

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
 * spaces layout put inside and around numbers: "4 0 0 亿元" → "400亿元", "2 .7万" → "2.7万".
 */
export function repairSpaces(text: string, chinese: boolean): string {
  const collapsed = text.replace(/[ \u3000\t\u00a0]+/gu, " ").trim();
  if (!chinese || !collapsed.includes(" ")) return collapsed;
  const chars = Array.from(collapsed);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === " " && i > 0 && i + 1 < chars.length && isLayoutSpace(chars[i - 1]!, chars[i + 1]!)) continue;
    out.push(ch);
  }
  return out.join("");
}

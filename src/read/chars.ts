/**
 * Character classes the reader's rules are written in: Han characters, punctuation that ends a
 * sentence or leaves it open, display width. Kept in one place so every stage agrees on them.
 */

/** Han ideographs (CJK unified, extension A, compatibility) — the letters of Chinese text. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** Characters a typesetter draws one em wide: Han, kana, full-width forms and CJK punctuation. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2018-\u201d\u2014\u2026]/u;
const LATIN_ALNUM = /[A-Za-z0-9\u00c0-\u024f]/u;

/** Byline markers: boxes and bullets that open a byline and carry no words. */
export const BYLINE_MARKERS = "□■◆◇●○△▲";

/** The text without a leading byline marker and the spaces after it. */
export function stripMarker(text: string): string {
  let i = 0;
  while (i < text.length && BYLINE_MARKERS.includes(text[i]!)) i++;
  if (i === 0) return text;
  while (i < text.length && (text[i] === " " || text[i] === "\u3000")) i++;
  return text.slice(i);
}

/** Marks that end a sentence (before any closing quote or bracket). */
const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "…", "．"]);
/** Closing quotes and brackets that may follow a sentence end. */
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "》", "】", '"', "'"]);
/** Marks after which a sentence must go on. */
const OPEN_END = new Set([
  "，",
  "、",
  "；",
  "：",
  ",",
  ";",
  ":",
  "“",
  "‘",
  "（",
  "(",
  "《",
  "「",
  "『",
  "【",
]);

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

export function isLatinAlnum(ch: string): boolean {
  return LATIN_ALNUM.test(ch);
}

export function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** True for ASCII and ideographic spaces and tabs (not line ends). */
export function isSpace(ch: string): boolean {
  return ch === " " || ch === "\u3000" || ch === "\t" || ch === "\u00a0";
}

/** Display width in half-em cells: wide characters 2, the rest 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The last character of `text` that is not a closing quote or bracket, with the closers it carried. */
function lastBeforeClosers(text: string): { last: string; closed: boolean } {
  const chars = Array.from(text);
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i]!)) i--;
  return { last: i >= 0 ? chars[i]! : "", closed: i < chars.length - 1 };
}

/** Does the text end a sentence (。 ！ ？ …, possibly followed by closing quotes)? */
export function endsSentence(text: string): boolean {
  const { last } = lastBeforeClosers(text);
  if (SENTENCE_END.has(last)) return true;
  // A full stop in Latin text ends a sentence too, but not an abbreviation such as "No." — accept it.
  return last === ".";
}

/** Sentence ends of Chinese text, which no Latin abbreviation can fake. */
const WIDE_SENTENCE_END = new Set(["。", "！", "？", "…"]);

/**
 * Does the text end a Chinese sentence (。！？…, possibly followed by closing quotes, or by a
 * bracketed remark such as （记者 张三））?
 */
export function endsChineseSentence(text: string): boolean {
  let body = text;
  if (endsWithClosedRemark(text))
    body = text.slice(0, text.lastIndexOf(text.endsWith("）") ? "（" : "(")).trimEnd();
  return WIDE_SENTENCE_END.has(lastBeforeClosers(body).last);
}

/**
 * Does the text end with a bracketed remark after a finished sentence, e.g. 。（完）, or with a
 * line that is nothing but such a remark? (A credit such as 电（记者 张三） does not finish.)
 */
export function endsWithClosedRemark(text: string): boolean {
  const last = text.slice(-1);
  if (last !== "）" && last !== ")") return false;
  const at = text.lastIndexOf(last === "）" ? "（" : "(");
  if (at < 0) return false;
  const before = text.slice(0, at).trimEnd();
  return before === "" || endsSentence(before);
}

/** Does the text end with a mark after which the sentence must continue (， 、 ； ： or an opener)? */
export function endsOpen(text: string): boolean {
  return OPEN_END.has(text.slice(-1));
}

/** Does the text end with a dash (—— or ———), as before a list of stories? */
export function endsWithDash(text: string): boolean {
  return /[—─-]{2,}$/u.test(text);
}

/** The share of Han characters among letters: how Chinese a text is (0..1). */
export function hanShare(text: string): number {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (isHan(ch)) han++;
    else if ((ch >= "A" && ch <= "Z") || (ch >= "a" && ch <= "z")) latin++;
  }
  // A Chinese word carries about as much as four Latin letters.
  const weightedLatin = latin / 4;
  return han + weightedLatin === 0 ? 0 : han / (han + weightedLatin);
}

/** Marks no line of running text may open with: closing quotes and brackets, commas, full stops. */
const NO_LINE_START = new Set(Array.from("”’」』）)》】，。、；：！？,.;:!?"));

/** Does the text open with a mark that only continues a sentence (a closing quote, a comma)? */
export function opensWithCloser(text: string): boolean {
  return NO_LINE_START.has(text.slice(0, 1));
}

/**
 * Did the layout push a character down to this line, so that the line above ends short? It
 * does when a line would open with a mark no line may open with: the character before the mark
 * comes down with it (…验收一 / 次，实现…).
 */
export function tookPushedCharacter(text: string): boolean {
  const [first = "", second = ""] = [text.charAt(0), text.charAt(1)];
  return NO_LINE_START.has(first) || NO_LINE_START.has(second);
}

/** Quotes and brackets that open and close in pairs. */
const PAIRS: [string, string][] = [
  ["“", "”"],
  ["‘", "’"],
  ["（", "）"],
  ["(", ")"],
  ["《", "》"],
  ["「", "」"],
  ["『", "』"],
];

/** Does the text open a quote or bracket it does not close (“春风里, （作者为…)? */
export function leftOpen(text: string): boolean {
  const count = (ch: string): number => text.split(ch).length - 1;
  return PAIRS.some(([open, close]) => count(open) > count(close));
}

/** A column tag closing a line, which only a headline carries: （城市观察）, （解码·基层一线）. */
export function endsWithColumnTag(text: string): boolean {
  return /[（(][^（）()。，]{2,16}[）)]$/u.test(text);
}

/** Does the text close a round bracket it did not open (…教授）)? */
export function closesUnopened(text: string): boolean {
  const count = (ch: string): number => text.split(ch).length - 1;
  return count("）") > count("（");
}

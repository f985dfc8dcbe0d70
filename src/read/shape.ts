/**
 * What the line rules share: the roles a line can have, the page's paragraph mode, the context
 * the headline and subhead rules read, and the shape every headline-like line has.
 */
import {
  endsOpen,
  endsSentence,
  endsWithClosedRemark,
  endsWithDash,
  isHan,
  leftOpen,
  opensWithCloser,
} from "./chars.js";
import { isParagraphIndent, type Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";

/** `furniture`: a running head or foot of the page (date line, editors' names), not an article. */
export type Role = "blank" | "byline" | "title" | "subhead" | "text" | "furniture";

/** How paragraphs start on this page: with an indent, or after a blank line. */
export type ParagraphMode = "indent" | "blank";

/** Longest title line, in display cells (40 Han characters). */
export const MAX_TITLE_WIDTH = 80;

/** Does a line have the shape of a headline-group line, wherever it stands? */
export function isTitleShaped(line: Line, maxWidth = MAX_TITLE_WIDTH): boolean {
  if (line.blank || isParagraphIndent(line)) return false;
  if (line.width > maxWidth || Array.from(line.text).length < 2) return false;
  if (endsOpen(line.text) || endsWithDash(line.text) || opensWithCloser(line.text)) return false;
  // A remark wholly in brackets, such as （图片由某单位提供）, belongs to the text around it.
  if (/^[（(][^（）()]*[）)]$/u.test(line.text) || isSignature(line.text) || isStaffCredit(line.text))
    return false;
  // Nor is a photographer's credit, set on a line of its own (李四摄（影像中国）).
  if (PHOTO_CREDIT_LINE.test(line.text)) return false;
  // Nor is the first line of such a remark wrapped over lines: （作者为某大学 / 教授）.
  if (/^[（(]/u.test(line.text) && leftOpen(line.text)) return false;
  if (line.text.endsWith("。") || line.text.endsWith(".") || line.text.endsWith("…")) return false;
  // Chinese headlines carry no full stop at all; a 。 inside a line ends a sentence of text, as
  // in a photo caption followed by its credit (……赏花。 新华社记者 李博摄).
  if (line.text.includes("。")) return false;
  // Nor quoted speech closed by a ！ or ？ and run on into its attribution (…真是太好了！”她说，).
  if (/[！？!?][”’」』"'][^（）()]*[\u4e00-\u9fff]/u.test(line.text)) return false;
  return !/[。.…][”’」』"']*$/u.test(line.text);
}

/** A photographer's credit closing a line: 李四摄, 李四摄（人民视觉）. */
const PHOTO_CREDIT = /(?:摄|摄影)(?:[（(][^（）()]{1,12}[）)])?$/u;

export function endsWithPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text);
}

/** A photographer's name and 摄 on a line of their own, with the agency in brackets or not. */
const PHOTO_CREDIT_LINE = new RegExp(`^[\\u4e00-\\u9fff·]{2,8}${PHOTO_CREDIT.source}`, "u");

/**
 * A photo caption's last sentence and the credit set apart after it: ……赏花。 新华社记者 李博摄
 * (not a sentence that ends with the word: ……。他正在拍摄).
 */
const CAPTION_CREDIT = /[。！？][”’」』]?[ \u3000]+[^。！？，]{2,24}摄(?:影)?$/u;

/** Does the text before a line finish a paragraph, so that a headline may follow? */
export function finishesParagraph(text: string): boolean {
  return (
    endsSentence(text) ||
    endsWithClosedRemark(text) ||
    CAPTION_CREDIT.test(text) ||
    isSignature(text) ||
    isStaffCredit(text)
  );
}

/**
 * A staff line closing an article or a page: who designed, planned or edited it, or where its
 * figures come from (版式设计：某某, 本期统筹：某某、某某, 制图：某某, 资料来源：某研究院). Its words
 * are credits, never a headline.
 */
const STAFF_CREDIT =
  /^[\u4e00-\u9fff]{0,4}(?:设计|统筹|策划|编辑|制图|制表|绘图|校对|监制|来源)[ \u3000]*[：:][ \u3000]*[\u4e00-\u9fff·][\u4e00-\u9fff·、 \u3000]{0,24}$/u;

export function isStaffCredit(text: string): boolean {
  return STAFF_CREDIT.test(text);
}

/** A line holding only a column tag: a few words in brackets, no sentence, no credit. */
const TAG_LINE = /^[（(]([^（）()。，；\s]{2,16})[）)]$/u;

export function isTagLine(text: string): boolean {
  const tag = TAG_LINE.exec(text);
  // （记者张三） credits reporters; （城市观察） names a column.
  return tag !== null && !/记者|通讯员|摄|报道/u.test(tag[1]!);
}

/** Is the line the editors' signature closing their note (——编 者, ——本报编辑部)? */
export function isSignature(text: string): boolean {
  return /^[—─]{1,2}[ \u3000]*(?:编[ \u3000]*者|(?:本报)?编辑部)$/u.test(text);
}

/** Context the title rules need about the page. */
export interface Context {
  lines: Line[];
  roles: Role[];
  forced: Map<number, ForcedRole>;
  columns: number[];
  mode: ParagraphMode;
  /** Every paragraph's first line is short by an indent the extraction dropped (width.ts). */
  indentsLost: boolean;
}

/** The next non-blank line after `i`, by index, or -1. */
export function nextContent(lines: Line[], i: number): number {
  for (let n = i + 1; n < lines.length; n++) if (!lines[n]!.blank) return n;
  return -1;
}

/** The previous non-blank line before `i`, by index, or -1. */
export function prevContent(lines: Line[], i: number): number {
  for (let p = i - 1; p >= 0; p--) if (!lines[p]!.blank) return p;
  return -1;
}

/** How many lines on either side are searched for a word cut by a break. */
const WORD_WINDOW = 120;

/**
 * Do the last character of line `i` and the first of line `n` stand together elsewhere in the
 * text around them: a word cut in two by the break?
 */
export function wordAcross(lines: Line[], i: number, n: number): boolean {
  const a = lines[i]!.text.slice(-1);
  const b = lines[n]!.text.slice(0, 1);
  if (!isHan(a) || !isHan(b)) return false;
  const pair = a + b;
  const from = Math.max(0, i - WORD_WINDOW);
  const to = Math.min(lines.length, n + WORD_WINDOW);
  for (let k = from; k < to; k++) if (k !== i && k !== n && lines[k]!.text.includes(pair)) return true;
  return false;
}

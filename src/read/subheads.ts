/**
 * Subheads: headings inside an article body — a one-line indented paragraph shaped like a
 * headline (故事一：…), or a line opening with a bullet (■ …).
 */
import {
  displayWidth,
  endsOpen,
  endsSentence,
  endsWithClosedRemark,
  stripMarker,
  tookPushedCharacter,
} from "./chars.js";
import { isParagraphIndent, type Line } from "./lines.js";
import {
  endsWithPhotoCredit,
  finishesParagraph,
  isSignature,
  isTitleShaped,
  isStaffCredit,
  nextContent,
  prevContent,
  type Context,
} from "./shape.js";
import { fillsColumn, isFarShort, isShortByIndent, isShortByIndentAndPush } from "./width.js";

/** Longest subhead, in display cells. */
const MAX_SUBHEAD_WIDTH = 80;

/**
 * Is `text` (the words of `line`, or of lines joined) shaped like a heading: like a headline,
 * and no sentence? A heading may end in a dash leading into what follows (谈海外市场——).
 */
function isHeadingText(line: Line, text: string): boolean {
  const words = text.replace(/[—─]{2,}$/u, "");
  const shape = { ...line, text: words, indent: 0, width: displayWidth(words) };
  // A staff or source line (数据来源：…) is no headline, but set apart it reads as a heading.
  const shaped = isTitleShaped(shape, MAX_SUBHEAD_WIDTH) || isStaffCredit(words);
  return shaped && !endsSentence(words) && !endsWithClosedRemark(words);
}

/**
 * Is line `i` a heading inside a body: a one-line indented paragraph shaped like a headline, or
 * a line opening with a bullet (■ 春耕一线) anywhere in the text?
 */
function isSubheadAt(ctx: Context, i: number): boolean {
  const line = ctx.lines[i]!;
  const bullet = line.marked;
  if (!bullet && (ctx.mode !== "indent" || !isParagraphIndent(line))) return false;
  const p = prevContent(ctx.lines, i);
  const n = nextContent(ctx.lines, i);
  // Body text (or a heading stacked over it, or the byline) before it, and a new paragraph
  // right after it.
  const above = ctx.roles[p];
  if (p < 0 || (above !== "text" && above !== "subhead" && above !== "byline")) return false;
  // A photographer's credit (李四摄（人民视觉）) belongs to its caption.
  if (endsWithPhotoCredit(line.text)) return false;
  // Set on an indented line of its own, the editors' signature (——编 者) closing their note,
  // and a line closing the article (资料来源：…, 版式设计：…) before the next headline group, are
  // heading lines of the text, as the archive's readings take them.
  if (!bullet && above !== "byline" && (isSignature(line.text) || closesArticle(ctx, i, n))) return true;
  if (n < 0 || ctx.roles[n] !== "text" || /^[—─]/u.test(line.text)) return false;
  const next = ctx.lines[n]!;
  if (!bullet && (!isParagraphIndent(next) || ctx.forced.has(next.no))) return false;
  const text = bullet ? stripMarker(line.text) : line.text;
  return isHeadingText(line, text);
}

/**
 * Is line `i`, a one-line indented paragraph, the article's last line: a headline group or
 * nothing next? (Only shaped like a heading is it one: see isSubheadAt.)
 */
function closesArticle(ctx: Context, i: number, n: number): boolean {
  if (n >= 0 && ctx.roles[n] !== "title") return false;
  return isHeadingText(ctx.lines[i]!, ctx.lines[i]!.text);
}

/**
 * Is line `i` the first of a heading wrapped over two lines inside a body: an indented line, an
 * unindented line under it ending the heading, and a new indented paragraph after, the two
 * lines together shaped like a headline (夜线开通以来，市民出行的时间与成 / 本都降了)?
 */
function isWrappedSubheadAt(ctx: Context, i: number): boolean {
  const line = ctx.lines[i]!;
  const rest = ctx.lines[i + 1];
  const after = ctx.lines[i + 2];
  if (ctx.mode !== "indent" || !isParagraphIndent(line) || !rest || rest.blank || !after) return false;
  if (isParagraphIndent(rest) || !isParagraphIndent(after) || ctx.roles[i + 1] !== "text") return false;
  if (ctx.forced.has(rest.no) || ctx.forced.has(after.no) || ctx.roles[i + 2] !== "text") return false;
  const p = prevContent(ctx.lines, i);
  if (p < 0 || ctx.roles[p] !== "text") return false;
  // The heading ends short of the column, where a paragraph would run on to fill it.
  const text = line.text + rest.text;
  const width = displayWidth(text);
  if (width > MAX_SUBHEAD_WIDTH || rest.width * 2 > line.width + line.indent) return false;
  // A question or exclamation set over two lines is a sentence of the text.
  if (/[？！?!][”’」』]?$/u.test(text)) return false;
  return isHeadingText(line, text);
}

/** Most lines one heading runs over on a page whose indents were dropped (stacked or wrapped). */
const MAX_UNINDENTED_RUN = 4;

/**
 * Does line `n` open a paragraph on a page whose indents the extraction dropped: short of the
 * column by the indent, the text running on below? A closing …… may run on into the text
 * (清洗、打包……在).
 */
function opensParagraphAt(ctx: Context, n: number): boolean {
  const line = ctx.lines[n];
  const after = ctx.lines[n + 1];
  if (!line || line.blank || !after || after.blank || ctx.roles[n] !== "text" || ctx.roles[n + 1] !== "text")
    return false;
  if (ctx.forced.has(line.no)) return false;
  const shape = { ...line, text: line.text.replace(/…+$/u, "") };
  const column = ctx.columns[n]!;
  if (!isShortByIndent(shape, column)) return false;
  // Short only because the layout pushed a character down to the next line (…组织专家验收一 /
  // 次，), the line is no first line: back on it, it would fill the column.
  return !tookPushedCharacter(after.text) || isShortByIndentAndPush(shape, column, after);
}

/** Could lines `from`..`to` be a heading: no sentence, no open end, no credit or signature? */
function headingShaped(ctx: Context, from: number, to: number): boolean {
  const lines = ctx.lines.slice(from, to + 1);
  for (let k = from; k <= to; k++) {
    const line = ctx.lines[k];
    if (!line || line.blank || ctx.roles[k] !== "text" || ctx.forced.has(line.no)) return false;
  }
  const text = lines.map((l) => l.text).join("");
  if (/^[—─]/u.test(text) || endsWithPhotoCredit(text) || endsOpen(text)) return false;
  return isHeadingText(lines[0]!, text);
}

/**
 * How many lines from `i` make a heading on a page whose paragraph indents the extraction
 * dropped (0: none): lines that are no sentence, after a finished paragraph, with a paragraph's
 * first line right after them. A paragraph's own first line would be followed by its second,
 * which fills the column or closes the paragraph. Headings may stand stacked, or one may wrap
 * where a line fills the column, up to MAX_UNINDENTED_RUN lines in all.
 */
function unindentedHeadingAt(ctx: Context, i: number): number {
  if (!ctx.indentsLost) return 0;
  const p = prevContent(ctx.lines, i);
  if (p < 0 || ctx.roles[p] !== "text" || !finishesParagraph(ctx.lines[p]!.text)) return 0;
  let start = i; // the first line of the heading that line `last` belongs to
  for (let run = 1; run <= MAX_UNINDENTED_RUN; run++) {
    const last = i + run - 1;
    if (run > 1) {
      // A heading wraps on from a line that fills the column; otherwise a heading is stacked
      // under one shorter than a paragraph's first line could be.
      const above = ctx.lines[last - 1]!;
      if (!fillsColumn(above, ctx.columns[last - 1]!)) {
        if (!isFarShort(above, ctx.columns[last - 1]!)) return 0;
        start = last;
      }
    }
    // (A line that fills the column runs on: the heading is judged where it ends.)
    if (fillsColumn(ctx.lines[last]!, ctx.columns[last]!)) continue;
    if (!headingShaped(ctx, start, last)) return 0;
    if (opensParagraphAt(ctx, last + 1)) return run;
  }
  return 0;
}

/** Marks one-line indented paragraphs shaped like headings inside a body as subheads. */
export function markSubheads(ctx: Context): void {
  for (let i = 0; i < ctx.lines.length; i++) {
    if (ctx.roles[i] !== "text") continue;
    const force = ctx.forced.get(ctx.lines[i]!.no);
    if (force === "subhead" || (!force && isSubheadAt(ctx, i))) ctx.roles[i] = "subhead";
    else if (!force && isWrappedSubheadAt(ctx, i)) {
      ctx.roles[i] = "subhead";
      ctx.roles[++i] = "subhead";
    } else if (!force) {
      const run = unindentedHeadingAt(ctx, i);
      for (let k = 0; k < run; k++) ctx.roles[i + k] = "subhead";
      if (run > 0) i += run - 1;
    }
  }
}

/**
 * Subheads: headings inside an article body — a one-line indented paragraph shaped like a
 * headline (故事一：…), or a line opening with a bullet (■ …).
 */
import { displayWidth, endsSentence, endsWithClosedRemark, stripMarker } from "./chars.js";
import { isParagraphIndent } from "./lines.js";
import { isTitleShaped, nextContent, prevContent, type Context } from "./shape.js";

/** A photographer's credit line: 李四摄, 李四摄（人民视觉）. */
const PHOTO_CREDIT = /(?:摄|摄影)(?:[（(][^（）()]{1,12}[）)])?$/u;

/** Longest subhead, in display cells. */
const MAX_SUBHEAD_WIDTH = 64;

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
  // Body text (or a heading stacked over it) before it, and a new paragraph right after it.
  const above = ctx.roles[p];
  if (p < 0 || (above !== "text" && above !== "subhead") || n < 0 || ctx.roles[n] !== "text") return false;
  // A dash opens a signature (——编 者), not a heading; a photographer's credit
  // (李四摄（人民视觉）) belongs to its caption.
  if (/^[—─]/u.test(line.text) || PHOTO_CREDIT.test(line.text)) return false;
  const next = ctx.lines[n]!;
  if (!bullet && (!isParagraphIndent(next) || ctx.forced.has(next.no))) return false;
  const text = bullet ? stripMarker(line.text) : line.text;
  if (!isTitleShaped({ ...line, text, indent: 0, width: displayWidth(text) }, MAX_SUBHEAD_WIDTH))
    return false;
  return !endsSentence(text) && !endsWithClosedRemark(text);
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
  return isTitleShaped({ ...line, text, indent: 0, width }, MAX_SUBHEAD_WIDTH) && !endsWithClosedRemark(text);
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
    }
  }
}

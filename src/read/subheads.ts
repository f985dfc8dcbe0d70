/**
 * Subheads: headings inside an article body — a one-line indented paragraph shaped like a
 * headline (故事一：…), or a line opening with a bullet (■ …).
 */
import { displayWidth, endsSentence, endsWithClosedRemark, stripMarker } from "./chars.js";
import { isParagraphIndent } from "./lines.js";
import { isTitleShaped, nextContent, prevContent, type Context } from "./shape.js";

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
  // Body text before it (not a headline or byline), and a new paragraph right after it.
  if (p < 0 || ctx.roles[p] !== "text" || n < 0 || ctx.roles[n] !== "text") return false;
  const next = ctx.lines[n]!;
  if (!bullet && (!isParagraphIndent(next) || ctx.forced.has(next.no))) return false;
  const text = bullet ? stripMarker(line.text) : line.text;
  if (!isTitleShaped({ ...line, text, indent: 0, width: displayWidth(text) }, MAX_SUBHEAD_WIDTH))
    return false;
  return !endsSentence(text) && !endsWithClosedRemark(text);
}

/** Marks one-line indented paragraphs shaped like headings inside a body as subheads. */
export function markSubheads(ctx: Context): void {
  for (let i = 0; i < ctx.lines.length; i++) {
    if (ctx.roles[i] !== "text") continue;
    const force = ctx.forced.get(ctx.lines[i]!.no);
    if (force === "subhead" || (!force && isSubheadAt(ctx, i))) ctx.roles[i] = "subhead";
  }
}

/**
 * Stage 2: what each line is — byline, headline-group line ("title"), subhead or body text.
 * Rules are about shape and place, never about particular words:
 * - a byline opens with a role word (记者, 通讯员) or a □ marker and holds only names;
 * - a title line is short, not indented as a paragraph, does not end a sentence with 。 or leave it
 *   open (，、：), follows a finished paragraph (or a title, or the page top), and stands apart:
 *   a blank line, a byline or a new paragraph follows it;
 * - a subhead is a one-line indented paragraph of the same shape inside a body.
 */
import { continuesByline, isBylineText, isPhotoCredit } from "./byline.js";
import {
  displayWidth,
  endsOpen,
  endsSentence,
  endsWithClosedRemark,
  endsWithDash,
  opensWithCloser,
  stripMarker,
} from "./chars.js";
import { isParagraphIndent, type Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";
import { columnWidths, isColumnWide } from "./width.js";

/** `furniture`: a running head or foot of the page (date line, editors' names), not an article. */
export type Role = "blank" | "byline" | "title" | "subhead" | "text" | "furniture";

/** How paragraphs start on this page: with an indent, or after a blank line. */
export type ParagraphMode = "indent" | "blank";

/** Longest title line, in display cells (40 Han characters). */
const MAX_TITLE_WIDTH = 80;
/** Longest subhead, in display cells. */
const MAX_SUBHEAD_WIDTH = 64;
/** How many title lines may stand on consecutive lines without a blank line between them. */
const MAX_TITLE_RUN = 4;

/** Does a line have the shape of a headline-group line, wherever it stands? */
export function isTitleShaped(line: Line, maxWidth = MAX_TITLE_WIDTH): boolean {
  if (line.blank || isParagraphIndent(line)) return false;
  if (line.width > maxWidth || Array.from(line.text).length < 2) return false;
  if (endsOpen(line.text) || endsWithDash(line.text) || opensWithCloser(line.text)) return false;
  // A remark wholly in brackets, such as （图片由某单位提供）, belongs to the text around it.
  if (/^[（(][^（）()]*[）)]$/u.test(line.text)) return false;
  if (line.text.endsWith("。") || line.text.endsWith(".") || line.text.endsWith("…")) return false;
  return !/[。.…][”’」』"']*$/u.test(line.text);
}

/** Does the text before a line finish a paragraph, so that a headline may follow? */
function finishesParagraph(text: string): boolean {
  return endsSentence(text) || endsWithClosedRemark(text);
}

/** Page-level choice: paragraphs marked by indents when enough lines are indented. */
export function paragraphMode(lines: Line[]): ParagraphMode {
  let indented = 0;
  let content = 0;
  for (const line of lines) {
    if (line.blank) continue;
    content++;
    if (isParagraphIndent(line)) indented++;
  }
  return indented >= 2 && indented * 20 >= content ? "indent" : "blank";
}

/** What running heads and feet of a page say: the date and weekday, the page, the editors. */
const FURNITURE =
  /责任编辑|责编|美术编辑|美编|校对|版式设计|组版|星期[一二三四五六日天]|^第?\s*[A-Z]?\d{1,2}\s*版$|^[-—–·]*\s*\d{1,3}\s*[-—–·]*$/u;
/** How many lines at either end of a page may be running heads or feet. */
const FURNITURE_LINES = 2;

/** Marks running heads and feet: furniture-like lines among the first and last lines of the page. */
function markFurniture(lines: Line[], forced: Map<number, ForcedRole>, roles: Role[]): void {
  const content: number[] = [];
  lines.forEach((line, i) => {
    if (!line.blank) content.push(i);
  });
  const ends = new Set([...content.slice(0, FURNITURE_LINES), ...content.slice(-FURNITURE_LINES)]);
  for (const i of ends) {
    const line = lines[i]!;
    if (roles[i] === "text" && !forced.has(line.no) && isTitleShaped(line) && FURNITURE.test(line.text))
      roles[i] = "furniture";
  }
}

/** Marks byline lines (a byline may run over two lines). */
function markBylines(lines: Line[], forced: Map<number, ForcedRole>, roles: Role[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const force = forced.get(line.no);
    if (force === "byline") roles[i] = "byline";
    if (force || !isBylineText(line.text, line.marked)) continue;
    roles[i] = "byline";
    const next = lines[i + 1];
    if (next && !next.blank && !forced.has(next.no) && continuesByline(next.text)) roles[++i] = "byline";
  }
}

/** Context the title rules need about the page. */
interface Context {
  lines: Line[];
  roles: Role[];
  forced: Map<number, ForcedRole>;
  columns: number[];
  mode: ParagraphMode;
}

/** May a title stand right after whatever precedes line `i`? */
function titleMayFollow(ctx: Context, i: number): boolean {
  for (let p = i - 1; p >= 0; p--) {
    const prev = ctx.lines[p]!;
    if (prev.blank) continue;
    const role = ctx.roles[p];
    if (role === "title" || role === "furniture") return true;
    // A headline does not follow its own byline, but may follow a photo credit under a caption.
    if (role === "byline") return isPhotoCredit(prev.text);
    return finishesParagraph(prev.text);
  }
  return true;
}

/** Does what follows line `i` let it stand as the last line of a headline group? */
function closesTitle(ctx: Context, i: number): "isolated" | "byline" | "adjacent" | null {
  const next = ctx.lines[i + 1];
  if (!next || next.blank) return "isolated";
  const role = ctx.roles[i + 1];
  if (role === "byline") return "byline";
  if (role === "furniture") return "adjacent";
  const force = ctx.forced.get(next.no);
  if (force === "kicker" || force === "headline" || force === "subtitle") return "adjacent";
  if (ctx.mode === "indent" && isParagraphIndent(next)) return "adjacent";
  return null;
}

/** The next non-blank line after `i`, by index, or -1. */
function nextContent(lines: Line[], i: number): number {
  for (let n = i + 1; n < lines.length; n++) if (!lines[n]!.blank) return n;
  return -1;
}

/**
 * Is line `i` (after a finished paragraph) the start of a run of title-shaped lines that ends
 * properly? Returns how many lines the run has, or 0. A run closed by a byline or a new
 * paragraph is a headline group whatever its widths: body text would end with punctuation
 * there. A run closed by a blank line must not be a column cut off mid-sentence.
 */
function titleRunAt(ctx: Context, i: number): number {
  for (let k = 0; k < MAX_TITLE_RUN && i + k < ctx.lines.length; k++) {
    const line = ctx.lines[i + k]!;
    if (line.blank || ctx.roles[i + k] !== "text" || ctx.forced.has(line.no)) return 0;
    // A line opening with a bullet (■ ◆) is a subhead or a byline, never a headline.
    if (line.marked || !isTitleShaped(line)) return 0;
    const close = closesTitle(ctx, i + k);
    if (close === "byline" || close === "adjacent") return k + 1;
    if (close === "isolated") {
      const wide = isColumnWide(line, ctx.columns[i + k]!);
      return wide && continuesColumn(ctx, i + k) ? 0 : k + 1;
    }
  }
  return 0;
}

/** Is the text after a blank line the rest of a column that line `i` started (a column break)? */
function continuesColumn(ctx: Context, i: number): boolean {
  const n = nextContent(ctx.lines, i);
  if (n < 0) return false;
  const next = ctx.lines[n]!;
  if (ctx.roles[n] === "byline" || isParagraphIndent(next) || ctx.forced.has(next.no)) return false;
  return isColumnWide(next, ctx.columns[n]!) || !isTitleShaped(next);
}

/** Marks title lines, scanning forward so that each decision sees the roles before it. */
function markTitles(ctx: Context): void {
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i]!;
    if (line.blank || ctx.roles[i] !== "text") continue;
    const force = ctx.forced.get(line.no);
    if (force === "kicker" || force === "headline" || force === "subtitle") {
      ctx.roles[i] = "title";
      continue;
    }
    if (force || !titleMayFollow(ctx, i)) continue;
    const run = titleRunAt(ctx, i);
    for (let k = 0; k < run; k++) ctx.roles[i + k] = "title";
    if (run > 0) i += run - 1;
  }
}

/** The previous non-blank line before `i`, by index, or -1. */
function prevContent(lines: Line[], i: number): number {
  for (let p = i - 1; p >= 0; p--) if (!lines[p]!.blank) return p;
  return -1;
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
function markSubheads(ctx: Context): void {
  for (let i = 0; i < ctx.lines.length; i++) {
    if (ctx.roles[i] !== "text") continue;
    const force = ctx.forced.get(ctx.lines[i]!.no);
    if (force === "subhead" || (!force && isSubheadAt(ctx, i))) ctx.roles[i] = "subhead";
  }
}

/** Roles of the lines, and the column width around each line (same indexes as the lines). */
export interface LineRoles {
  roles: Role[];
  columns: number[];
}

/** The role of every line. `structure` false: everything is body text (an unstructured page). */
export function assignRoles(
  lines: Line[],
  forced: Map<number, ForcedRole>,
  mode: ParagraphMode,
  structure = true,
): LineRoles {
  const roles: Role[] = lines.map((line) => (line.blank ? "blank" : "text"));
  if (structure) {
    markBylines(lines, forced, roles);
    markFurniture(lines, forced, roles);
  }
  const columns = columnWidths(lines, (i) => roles[i] === "byline");
  if (!structure) return { roles, columns };
  const ctx: Context = { lines, roles, forced, columns, mode };
  markTitles(ctx);
  markSubheads(ctx);
  return { roles, columns };
}

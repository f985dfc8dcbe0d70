/**
 * Headline-group lines ("titles"). A title line is short, not indented as a paragraph, neither
 * ends a sentence with 。 nor leaves it open (，、：), follows a finished paragraph (or a title,
 * or the page top), and stands apart: a blank line, a byline or a new paragraph follows it.
 */
import { isBriefText, isPhotoCredit } from "./byline.js";
import {
  closesUnopened,
  displayWidth,
  endsOpen,
  endsSentence,
  endsWithClosedRemark,
  endsWithColumnTag,
  endsWithDash,
} from "./chars.js";
import type { Line } from "./lines.js";
import { readDateline } from "./dateline.js";
import { isParagraphIndent } from "./lines.js";
import {
  finishesParagraph,
  isTagLine,
  isTitleShaped,
  nextContent,
  prevContent,
  wordAcross,
  type Context,
} from "./shape.js";
import { isColumnWide, isShortByIndent } from "./width.js";

/**
 * Is line `i` title-shaped where it stands? Some extractions indent headlines like paragraphs;
 * an indented line may still be a headline when a blank line (or the page top) stands above it.
 */
function isTitleShapedAt(ctx: Context, i: number): boolean {
  const line = ctx.lines[i]!;
  // No headline opens with a dateline (本报讯 …): that is the first line of an article's text.
  if (readDateline(line.text) !== null) return false;
  if (!isParagraphIndent(line)) return isTitleShaped(line) || continuesTitleAt(ctx, i);
  const apart = i === 0 || ctx.lines[i - 1]!.blank;
  return apart && isTitleShaped({ ...line, indent: 0 });
}

/** Marks that open a line only when a break cut a sentence before them. */
const LEADING_CLOSERS = /^[”’」』）)》】，、]+/u;

/**
 * Is line `i` the rest of a headline line that a column break cut before a closing quote or a
 * comma (车牌“变造”与“遮挡 ‖ ”，责任大不同)? The line above is headline-shaped and leaves its
 * sentence open; what follows the marks is headline-shaped too.
 */
function continuesTitleAt(ctx: Context, i: number): boolean {
  const line = ctx.lines[i]!;
  const rest = line.text.replace(LEADING_CLOSERS, "");
  if (rest === line.text || rest === "" || !isTitleShaped({ ...line, text: rest, width: displayWidth(rest) }))
    return false;
  const p = prevContent(ctx.lines, i);
  if (p < 0 || (ctx.roles[p] !== "title" && ctx.roles[p] !== "text")) return false;
  const above = ctx.lines[p]!;
  return !isParagraphIndent(above) && isTitleShaped(above) && !endsSentence(above.text);
}

/**
 * After a blank line, does a headline group end here: the page ends, or a byline, a new
 * paragraph or more headline lines follow? (Not the rest of a column.)
 */
function groupEndsAfter(ctx: Context, i: number): boolean {
  const m = nextContent(ctx.lines, i);
  if (m < 0 || ctx.roles[m] === "byline" || ctx.roles[m] === "furniture") return true;
  if (isParagraphIndent(ctx.lines[m]!)) return true;
  return endsTitleGroup(ctx, m, MAX_TITLE_RUN);
}

/** How many title lines may stand on consecutive lines without a blank line between them. */
const MAX_TITLE_RUN = 4;

/** May a title stand right after whatever precedes line `i`? */
function titleMayFollow(ctx: Context, i: number): boolean {
  for (let p = i - 1; p >= 0; p--) {
    const prev = ctx.lines[p]!;
    if (prev.blank) continue;
    const role = ctx.roles[p];
    if (role === "title" || role === "furniture") return true;
    // A headline does not follow its own byline, but may follow a photo credit under a caption.
    if (role === "byline") return isPhotoCredit(prev.text);
    // A line of one or two marks (a bracket pushed to its own line), or one closing a bracket
    // opened above (（作者为某大学 / 教授）), finishes what the lines above did.
    if (finishesParagraph(closingText(ctx, p))) return true;
    // A line short of its column with a blank line after it ends its text too (数据来源：…):
    // a column cut off by a break runs the full width.
    // (Not one left open, nor a paragraph's indented first line cut by the break: an indented
    // line stands whole only as a paragraph of one line, after a finished one.)
    const short = ctx.columns[p]! > 0 && !isColumnWide(prev, ctx.columns[p]!);
    const above = prevContent(ctx.lines, p);
    const whole =
      !isParagraphIndent(prev) ||
      (above >= 0 && ctx.roles[above] === "text" && finishesParagraph(ctx.lines[above]!.text));
    return p < i - 1 && short && whole && !endsOpen(prev.text);
  }
  return true;
}

/** How many lines back a bracketed remark closed on line `p` may have opened. */
const REMARK_LINES = 4;

/**
 * The text that line `p` finishes: the line itself, or with the lines above it when it is a mark
 * or two pushed to a line of its own, or closes a bracket opened above (（作者为某大学 / 教授）).
 */
function closingText(ctx: Context, p: number): string {
  let text = ctx.lines[p]!.text;
  if (Array.from(text).length > 2 && !closesUnopened(text)) return text;
  let a = p;
  for (let k = 0; k < REMARK_LINES; k++) {
    a = prevContent(ctx.lines, a);
    if (a < 0) break;
    text = ctx.lines[a]!.text + text;
    if (!closesUnopened(text)) break;
  }
  return text;
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
  // Where the extraction dropped the indents, a paragraph's first line is short by its indent:
  // a short heading line above one stands on its own (夜线开通后的新变化 / 2024年，…).
  const line = ctx.lines[i]!;
  // (A question or an exclamation on a line of its own is a one-line paragraph: “真的吗？”.)
  const sentence = /[？！?!][”’」』"']*$/u.test(line.text);
  if (
    !sentence &&
    droppedIndent(ctx, i + 1) &&
    // (As wide as the column only by chance when a column tag closes it.)
    (!isColumnWide(line, ctx.columns[i]!) || /[（(][\u4e00-\u9fff·]{2,12}[）)]$/u.test(line.text)) &&
    !droppedIndent(ctx, i)
  )
    return "adjacent";
  // A section label over bulleted briefs (短 讯 / ●…。（记者 张三）): the label heads them.
  if (next.marked && (isBriefText(next.text, true) || SPACED_LABEL.test(ctx.lines[i]!.text)))
    return "adjacent";
  return null;
}

/** A label of a few characters letter-spaced to fill its width (短 讯, 图 片 新 闻). */
const SPACED_LABEL = /^(?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff]$/u;

/**
 * Is line `i` (after a finished paragraph) the start of a run of title-shaped lines that ends
 * properly? Returns how many lines the run has, or 0. A run closed by a byline or a new
 * paragraph is a headline group whatever its widths: body text would end with punctuation
 * there. A run closed by a blank line must not be a column cut off mid-sentence.
 */
function titleRunAt(ctx: Context, i: number, depth = MAX_TITLE_RUN): number {
  const line = ctx.lines[i]!;
  if (!leadsOn(ctx, i)) return anyTitleRunAt(ctx, i);
  // A headline line that leads into the next: it is one when headline lines follow it (which
  // may lead on too, a few deep); elsewhere such a line is a sentence running on (说了三件事——).
  if (line.marked || ctx.forced.has(line.no) || depth === 0) return 0;
  const n = nextContent(ctx.lines, i);
  return n >= 0 && ctx.roles[n] === "text" && titleRunAt(ctx, n, depth - 1) > 0 ? 1 : 0;
}

/**
 * Is line `i` headline-shaped but for a mark leading into the next line: a kicker's dash or
 * ellipsis (山城推出便民新举措——, 夜班、早班、加班……), an opening bracket or quote (夜线开通惠民生（ /
 * 城市观察）), or a comma ending a line short of its column (夜线开通了， / 回家不再难), or any line
 * over one closing with a column tag, which only a headline carries.
 */
function leadsOn(ctx: Context, i: number): boolean {
  const line = ctx.lines[i]!;
  const next = ctx.lines[i + 1];
  const tagNext = next !== undefined && endsWithColumnTag(next.text) && isTitleShaped(next);
  const short = !isColumnWide(line, ctx.columns[i]!) && !droppedIndent(ctx, i);
  const comma = /[，、]$/u.test(line.text) && (short || tagNext);
  const ellipsis = /(?:…{1,2}|\.{3,6})$/u.test(line.text);
  if (!endsWithDash(line.text) && !/[（(“‘《]$/u.test(line.text) && !comma && !ellipsis) return false;
  const bare = line.text.replace(/(?:[—─-]+|…+|\.{3,6}|[（(“‘《，、])$/u, "");
  return isTitleShaped({ ...line, text: bare, indent: 0 });
}

function anyTitleRunAt(ctx: Context, i: number): number {
  const opening = runOpeningStory(ctx, i);
  if (opening > 0) return opening;
  let wide = false;
  for (let k = 0; k < MAX_TITLE_RUN && i + k < ctx.lines.length; k++) {
    const line = ctx.lines[i + k]!;
    if (line.blank || ctx.roles[i + k] !== "text" || ctx.forced.has(line.no)) return 0;
    // A line opening with a bullet (■ ◆) is a subhead or a byline, never a headline.
    // Inside a run, a line may also lead into the next one, or be the headline's column tag.
    const next = ctx.lines[i + k + 1];
    // (Not a line as wide as its column: that is text running on, unless a column tag closes
    // the line it runs on to.)
    const full = isColumnWide(line, ctx.columns[i + k]!) && !endsWithColumnTag(next?.text ?? "");
    const leads = next && !next.blank && !isParagraphIndent(next) && !full && leadsOn(ctx, i + k);
    const inside = k > 0 && (isTagLine(line.text) || leads);
    if (line.marked || !(isTitleShapedAt(ctx, i + k) || inside)) return 0;
    const close = closesTitle(ctx, i + k);
    // An indented line right above more text is a paragraph (or a subhead), not a headline.
    if ((close === "adjacent" || close === null) && isParagraphIndent(line)) return 0;
    wide ||= isColumnWide(line, ctx.columns[i + k]!);
    // Lines running the column's width to an exclamation or a question are a paragraph's
    // last lines (…看望他，“你 / 可得快点好起来！”), not a headline that asks or exclaims.
    if (close !== null && wide && endsSentence(line.text)) return 0;
    if (close === "byline" || close === "adjacent") return k + 1;
    // An indented line between blank lines may also open a paragraph cut by a column break.
    if (close === "isolated" && isParagraphIndent(line)) return groupEndsAfter(ctx, i + k) ? k + 1 : 0;
    // A paragraph's first line cut off by a column break is as wide as the column, or short of
    // it by the indent an extraction dropped.
    const body = wide || droppedIndent(ctx, i + k);
    if (close === "isolated") return body && continuesColumn(ctx, i + k) ? 0 : k + 1;
  }
  return 0;
}

/** Does a line open with a dateline (本报讯 …), read over it and the line after it? */
function opensWithDatelineAt(lines: Line[], n: number): boolean {
  const next = lines[n + 1];
  const head = next && !next.blank ? lines[n]!.text + next.text : lines[n]!.text;
  return readDateline(head) !== null;
}

/**
 * Is line `i` the start of a run of short lines, none ending a sentence, that stands straight
 * before a story's start — a byline, or a paragraph opening with a dateline — with at most blank
 * lines between? Returns the run's length, or 0. Such a run is a headline group even when the
 * extraction indented its lines like paragraphs: body text would end with punctuation there.
 */
function runOpeningStory(ctx: Context, i: number): number {
  let k = 0;
  for (; k < MAX_TITLE_RUN && i + k < ctx.lines.length; k++) {
    const line = ctx.lines[i + k]!;
    if (line.blank || ctx.roles[i + k] !== "text") break;
    if (ctx.forced.has(line.no) || line.marked) return 0;
    // The story's first line, opening with its dateline: the run ends above it.
    if (readDateline(line.text) !== null) break;
    if (!isTitleShaped({ ...line, indent: 0 }) || endsWithClosedRemark(line.text)) return 0;
    // Short lines: a line as wide as its column is a wrapped paragraph line (the older rules
    // below still read a headline that happens to fill the column); unless a finished sentence
    // stands right above it, which it cannot be the rest of.
    const above = k === 0 ? prevContent(ctx.lines, i) : -1;
    const afterSentence = above >= 0 && ctx.roles[above] === "text" && endsSentence(ctx.lines[above]!.text);
    if (isColumnWide(line, ctx.columns[i + k]!) && !afterSentence) return 0;
  }
  if (k === 0) return 0;
  const end = i + k;
  const n = end < ctx.lines.length && ctx.lines[end]!.blank ? nextContent(ctx.lines, end) : end;
  if (n < 0 || n >= ctx.lines.length || ctx.forced.has(ctx.lines[n]!.no)) return 0;
  if (ctx.roles[n] === "byline") return isPhotoCredit(ctx.lines[n]!.text) ? 0 : k;
  return ctx.roles[n] === "text" && opensWithDatelineAt(ctx.lines, n) ? k : 0;
}

/** Is the text after a blank line the rest of a column that line `i` started (a column break)? */
function continuesColumn(ctx: Context, i: number): boolean {
  const n = nextContent(ctx.lines, i);
  if (n < 0) return false;
  const next = ctx.lines[n]!;
  if (ctx.roles[n] === "byline" || isParagraphIndent(next) || ctx.forced.has(next.no)) return false;
  // A subtitle (——…) under a headline as wide as the column is no continuation of it, nor is
  // a line that ends a headline group itself.
  if (/^[—─]{2}/u.test(next.text) && isTitleShaped(next)) return false;
  // A paragraph's first line short by its dropped indent, with a word cut in two by the break
  // (带|来 on a page that says 带来 elsewhere), runs on. (A headline set as wide as the column
  // may be cut in the middle of a word too.)
  if (droppedIndent(ctx, i) && wordAcross(ctx.lines, i, n)) return true;
  if (endsTitleGroup(ctx, n, MAX_TITLE_RUN)) return false;
  return isColumnWide(next, ctx.columns[n]!) || !isTitleShaped(next);
}

/**
 * Is line `i` short of its column by a paragraph indent an extraction dropped? Only on a page
 * whose paragraphs are not marked by indents: where they are, an unindented line opens none.
 */
function droppedIndent(ctx: Context, i: number): boolean {
  return ctx.mode !== "indent" && isShortByIndent(ctx.lines[i]!, ctx.columns[i]!);
}

/**
 * Could line `n` be the last line of a headline group, or lead to one over blank lines
 * (at most `depth` more lines): title-shaped, and closed by a byline, a new paragraph or the end?
 */
function endsTitleGroup(ctx: Context, n: number, depth: number): boolean {
  const line = ctx.lines[n]!;
  if (ctx.roles[n] !== "text" || line.marked || ctx.forced.has(line.no) || !isTitleShapedAt(ctx, n))
    return false;
  const close = closesTitle(ctx, n);
  if (close === "adjacent" && isParagraphIndent(line)) return false;
  if (close === "byline" || close === "adjacent") return true;
  if (close !== "isolated") return false;
  const m = nextContent(ctx.lines, n);
  if (m < 0 || ctx.roles[m] === "byline" || ctx.roles[m] === "furniture") return true;
  if (isParagraphIndent(ctx.lines[m]!) && !isParagraphIndent(line)) return true;
  return depth > 1 && endsTitleGroup(ctx, m, depth - 1);
}

/** Marks title lines, scanning forward so that each decision sees the roles before it. */
export function markTitles(ctx: Context): void {
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i]!;
    if (line.blank || ctx.roles[i] !== "text") continue;
    const force = ctx.forced.get(line.no);
    if (force === "kicker" || force === "headline" || force === "subtitle") {
      ctx.roles[i] = "title";
      continue;
    }
    if (force) continue;
    // A column tag set on a line of its own under its headline (夜线开通惠民生 / （城市观察）).
    const p = prevContent(ctx.lines, i);
    if (isTagLine(line.text) && p >= 0 && ctx.roles[p] === "title") {
      ctx.roles[i] = "title";
      continue;
    }
    if (!titleMayFollow(ctx, i)) continue;
    const run = titleRunAt(ctx, i);
    for (let k = 0; k < run; k++) ctx.roles[i + k] = "title";
    if (run > 0) i += run - 1;
  }
}

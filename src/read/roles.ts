/**
 * Stage 2: what each line is — byline, headline-group line ("title"), subhead, running head or
 * foot ("furniture"), or body text. Rules are about shape and place, never about particular
 * words; bylines are read in byline.ts, titles in titles.ts, subheads in subheads.ts.
 */
import { continuesByline, isBareNames, isBylineText } from "./byline.js";
import { endsWithColumnTag } from "./chars.js";
import { isParagraphIndent, type Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";
import {
  finishesParagraph,
  isStaffCredit,
  isTagLine,
  isTitleShaped,
  wordAcross,
  type Context,
  type ParagraphMode,
  type Role,
} from "./shape.js";
import { markSubheads } from "./subheads.js";
import { markTitles } from "./titles.js";
import { columnWidths, dropsIndents } from "./width.js";

export type { ParagraphMode, Role } from "./shape.js";

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
  /责任编辑|本版编辑|责编|美术编辑|美编|校对|版式设计|组版|星期[一二三四五六日天]|^第?\s*[A-Z]?\d{1,2}\s*版$|^[-—–·]*\s*\d{1,3}\s*[-—–·]*$/u;
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
    if (
      roles[i] === "text" &&
      !forced.has(line.no) &&
      (isTitleShaped({ ...line, indent: 0 }) || isStaffCredit(line.text)) &&
      FURNITURE.test(line.text)
    )
      roles[i] = "furniture";
  }
}

/**
 * Is line `i` a writer's bare name under a headline: names only, right under a line shaped like
 * a headline and above the story's text?
 */
function isBareByline(lines: Line[], i: number): boolean {
  const above = lines[i - 1];
  // (The story may follow after a blank line, where blank lines set paragraphs apart.)
  if (!above || above.blank || i + 1 >= lines.length || !isBareNames(lines[i]!.text)) return false;
  // A column tag on a line of its own closes the headline above it (…无处遁形 / （金台锐评）).
  const tagLine = isTagLine(above.text);
  if (!(isTitleShaped({ ...above, indent: 0 }) || tagLine) || isBareNames(above.text)) return false;
  // Nor is it the end of a word the line above cut in two (…降低成 / 本结构).
  if (wordAcross(lines, i - 1, i)) return false;
  // The line above stands apart as a headline: it closes with a column tag, or nothing but a
  // blank line or a finished paragraph precedes it (not the middle of a paragraph).
  // (Over a kicker that leads into the headline with a dash or an ellipsis, what stands above.)
  const kicker = lines[i - 2] !== undefined && /(?:[—─]{2}|…{1,2})$/u.test(lines[i - 2]!.text);
  const before = lines[kicker ? i - 3 : i - 2];
  const tagged = tagLine || (endsWithColumnTag(above.text) && !/^[（(]/u.test(above.text));
  // A two-character name spaced out to the width of three (倪 弋) is set as a byline, under a
  // headline group of any height.
  const spaced = /^[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]$/u.test(lines[i]!.text);
  return tagged || spaced || !before || before.blank || finishesParagraph(before.text);
}

/** Marks byline lines (a byline may run over two lines). */
function markBylines(lines: Line[], forced: Map<number, ForcedRole>, roles: Role[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const force = forced.get(line.no);
    if (force === "byline") roles[i] = "byline";
    if (force || !(isBylineText(line.text, line.marked) || isBareByline(lines, i))) continue;
    roles[i] = "byline";
    const next = lines[i + 1];
    if (next && !next.blank && !forced.has(next.no) && continuesByline(next.text)) roles[++i] = "byline";
  }
}

/** Roles of the lines, and the column width around each line (same indexes as the lines). */
export interface LineRoles {
  roles: Role[];
  columns: number[];
  /** Whether the column around each line is steady (see width.ts). */
  steady: boolean[];
  /** Every paragraph's first line is short by an indent the extraction dropped (width.ts). */
  indentsLost: boolean;
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
  const measured = columnWidths(lines, (i) => roles[i] === "byline");
  const { widths: columns, steady } = measured;
  const indentsLost = mode === "blank" && dropsIndents(lines, measured, (i) => roles[i] === "text");
  if (!structure) return { roles, columns, steady, indentsLost };
  const ctx: Context = { lines, roles, forced, columns, mode, indentsLost };
  markTitles(ctx);
  markSubheads(ctx);
  return { roles, columns, steady, indentsLost };
}

/**
 * Only the roles a librarian forced, everything else body text: for pages whose script the
 * rules are not made for (Latin-script pages), where guessing headlines would do harm.
 */
export function assignForcedRoles(
  lines: Line[],
  forced: Map<number, ForcedRole>,
  mode: ParagraphMode,
): LineRoles {
  const read = assignRoles(lines, forced, mode, false);
  const { roles } = read;
  lines.forEach((line, i) => {
    const force = forced.get(line.no);
    if (force === "kicker" || force === "headline" || force === "subtitle") roles[i] = "title";
    else if (force === "byline" || force === "subhead") roles[i] = force;
  });
  return read;
}

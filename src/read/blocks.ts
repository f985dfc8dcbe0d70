/**
 * Stage 3: lines with roles → units in page order: headline groups, bylines, paragraphs and
 * subheads. Paragraph repair happens here: an indented line starts a paragraph; a blank line
 * where a column breaks does not end one when the text runs on.
 */
import {
  endsChineseSentence,
  endsSentence,
  endsWithClosedRemark,
  endsOpen,
  endsWithDash,
  opensWithCloser,
} from "./chars.js";
import { readDateline } from "./dateline.js";
import { isCentred, isParagraphIndent, type Line } from "./lines.js";
import type { Markup } from "./markup.js";
import type { LineRoles, ParagraphMode } from "./roles.js";
import {
  fillsColumn,
  isColumnWide,
  isFarShort,
  isShortByIndent,
  isShortByIndentAndPush,
  leftForWord,
} from "./width.js";

export type Unit =
  | { kind: "titles"; lines: Line[] }
  | { kind: "byline"; lines: Line[] }
  | { kind: "paragraph"; lines: Line[] }
  | { kind: "subhead"; lines: Line[] }
  /** Running heads and feet of the page: always a note of their own. */
  | { kind: "aside"; lines: Line[] }
  /** A forced break (`@@article`, `@@note`): a new item starts after it. */
  | { kind: "break"; note: boolean; lines: Line[] };

/** A Latin sentence's end after a word (…the winter.), which a Latin abbreviation seldom fakes at a line end. */
const LATIN_SENTENCE_END = /[a-z0-9][.!?]["”’)]?$/u;
/** A title or short abbreviation closing a line (Mr., Dr., St., No.): the sentence runs on. */
const ABBREVIATION = /(?:^|[\s(])[A-Z][a-z]{0,2}\.$/u;

/**
 * Is `line` the first line of a paragraph whose indent the extraction dropped, with the text
 * running on to the next line?
 */
function lostIndent(line: Line, column: number, next: Line | undefined): boolean {
  // (The text may run on past a column break: a blank line.)
  if (!next || isParagraphIndent(next)) return false;
  return isShortByIndent(line, column) || isShortByIndentAndPush(line, column, next);
}

/** How the page marks its paragraphs. */
interface PageShape {
  mode: ParagraphMode;
  /** Every paragraph's first line is short by an indent the extraction dropped (width.ts). */
  indentsLost: boolean;
}

/** Does a text line start a new paragraph, given the line of text before it? */
function startsParagraph(
  line: Line,
  prev: Line,
  prevColumn: { width: number; steady: boolean },
  blankBetween: boolean,
  page: PageShape,
  next: Line | undefined,
): boolean {
  // A bullet (● ◆) opens a list item or a brief, wherever it stands.
  if (isParagraphIndent(line) || isCentred(line) || line.marked) return true;
  const finished = endsSentence(prev.text) || endsWithClosedRemark(prev.text);
  // A dateline (本报讯, 新华社北京4月1日电) after a finished sentence opens a new story, indented
  // or not: an extraction that lost the indent must not glue a wire item to the text above it.
  // After a blank line, a dateline opens one whatever precedes it.
  if ((finished || blankBetween) && readDateline(line.text) !== null) return true;
  if (page.mode === "indent") return false;
  if (!blankBetween) {
    // With neither indents nor blank lines, a paragraph ends where a Chinese sentence ends short
    // of the column; when the lines are too ragged to show a column (an extraction that put each
    // paragraph on one long line), at every sentence end or dash that ends a line.
    const ended =
      endsChineseSentence(prev.text) || (LATIN_SENTENCE_END.test(prev.text) && !ABBREVIATION.test(prev.text));
    if (!prevColumn.steady) return ended || endsWithDash(prev.text);
    const column = prevColumn.width;
    if (page.indentsLost) {
      // Every first line is short by the dropped indent: a line that fills the column runs on.
      if (fillsColumn(line, column)) return false;
      // A line far short of the column closes its paragraph, with a stop or without (a lead may
      // close on a phrase), when a first line follows.
      if (
        !ended &&
        isFarShort(prev, column) &&
        !endsOpen(prev.text) &&
        !leftForWord(prev, line, column) &&
        isShortByIndent(line, column)
      )
        return true;
    }
    if (!ended) return false;
    return !isColumnWide(prev, column) || lostIndent(line, column, next);
  }
  // No paragraph opens with a closing quote or a comma: the text before the blank runs on.
  if (opensWithCloser(line.text)) return false;
  // Without indents, a blank line ends a paragraph unless the sentence plainly runs on: the line
  // before it is cut off at the full column width (or short of it by the indent an extraction
  // dropped from a paragraph's first line) in the middle of a sentence.
  if (!finished && isShortByIndent(prev, prevColumn.width)) return false;
  // (Nor when it was left short for a word that did not fit on it.)
  if (!finished && !endsWithDash(prev.text) && leftForWord(prev, line, prevColumn.width)) return false;
  // Where the extraction dropped the indents, a line that fills the column is no first line.
  if (page.indentsLost && fillsColumn(line, prevColumn.width)) return false;
  return finished || endsWithDash(prev.text) || !isColumnWide(prev, prevColumn.width);
}

/** Groups the lines of a page into units. */
export function buildUnits(lines: Line[], read: LineRoles, markup: Markup, mode: ParagraphMode): Unit[] {
  const { roles, columns, steady } = read;
  const units: Unit[] = [];
  let current: Unit | null = null;
  let prevText: Line | null = null;
  let prevColumn = { width: 0, steady: false };
  let blankSince = false;
  const page: PageShape = { mode, indentsLost: read.indentsLost };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const role = roles[i]!;
    if (role === "blank") {
      blankSince = true;
      continue;
    }
    if (markup.breaks.has(line.no)) {
      units.push({ kind: "break", note: markup.notes.has(line.no), lines: [] });
      current = null;
      prevText = null;
    }
    if (role === "title" || role === "byline" || role === "furniture") {
      const kind = role === "title" ? "titles" : role === "byline" ? "byline" : "aside";
      if (current === null || current.kind !== kind || (role === "byline" && blankSince)) {
        const fresh: Unit = { kind, lines: [] };
        units.push(fresh);
        current = fresh;
      }
      current.lines.push(line);
      prevText = null;
    } else if (role === "subhead") {
      // An unindented line right under an indented subhead line is the rest of that heading.
      const prev = lines[i - 1];
      const last = units[units.length - 1];
      // So is a line under a subhead line that fills the column: the heading wrapped.
      if (
        last?.kind === "subhead" &&
        roles[i - 1] === "subhead" &&
        ((isParagraphIndent(prev!) && !isParagraphIndent(line)) || fillsColumn(prev!, columns[i - 1]!))
      )
        last.lines.push(line);
      else units.push({ kind: "subhead", lines: [line] });
      current = null;
      prevText = null;
    } else {
      const fresh =
        current?.kind !== "paragraph" ||
        prevText === null ||
        markup.paragraphs.has(line.no) ||
        startsParagraph(line, prevText, prevColumn, blankSince, page, lines[i + 1]);
      if (fresh) {
        current = { kind: "paragraph", lines: [] };
        units.push(current);
      }
      current!.lines.push(line);
      prevText = line;
      prevColumn = { width: columns[i]!, steady: steady[i]! };
    }
    blankSince = false;
  }
  return units;
}

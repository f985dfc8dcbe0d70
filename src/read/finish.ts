/**
 * Stage 5: drafts → items. Reads the headline group, the byline and the dateline, and repairs
 * the text of every block. Every character of the draft's lines ends up in exactly one field.
 */
import type { Unit } from "./blocks.js";
import {
  isBylineText,
  isPhotoCredit,
  namesOf,
  normaliseBylineText,
  readByline,
  type Byline,
} from "./byline.js";
import { stripMarker } from "./chars.js";
import { readDateline, type Dateline } from "./dateline.js";
import { readHeadlineGroup } from "./headline.js";
import { ownNote, type Draft } from "./items.js";
import type { Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";
import { joinLines, repairSpaces } from "./text.js";
import type { Block, Item, ReadingWarning } from "./types.js";

/** How the text of this page is written. */
export interface Script {
  /** Chinese text: no spaces between wrapped lines, layout spaces in numbers removed. */
  chinese: boolean;
}

function lineSpan(draft: Draft): { first: number; last: number } {
  const all: Line[] = [...(draft.titles ?? []), ...draft.bylines, ...draft.body.flatMap((u) => u.lines)];
  let first = Infinity;
  let last = -Infinity;
  for (const line of all) {
    first = Math.min(first, line.no);
    last = Math.max(last, line.no);
  }
  return { first, last };
}

/**
 * The texts of a unit's lines, to be joined. A wrapped line that opens with a single space kept
 * the space the text broke at (“A B” set as “A” / “ B”): it goes back between the words.
 */
function lineTexts(unit: Unit): string[] {
  return unit.lines.map((l, i) => (i > 0 && l.indent === 1 ? ` ${l.text}` : l.text));
}

/** The repaired text of a paragraph or subhead. */
export function unitText(unit: Unit, script: Script): string {
  return repairSpaces(joinLines(lineTexts(unit), !script.chinese), script.chinese);
}

/** Blocks of the body; the first paragraph loses its dateline, which is returned apart. */
function readBody(body: Unit[], script: Script): { blocks: Block[]; dateline: Dateline | null } {
  const blocks: Block[] = [];
  let dateline: Dateline | null = null;
  // The dateline opens the first paragraph, after an editor's note printed under the headline.
  const opening = body.findIndex((unit) => ownNote(unit) !== "editors");
  body.forEach((unit, index) => {
    const type = unit.kind === "subhead" ? "subhead" : "p";
    if (index === opening && type === "p") {
      const raw = joinLines(lineTexts(unit), !script.chinese);
      dateline = readDateline(raw);
      const text = repairSpaces(dateline ? dateline.rest : raw, script.chinese);
      if (text !== "") blocks.push({ type, text });
      return;
    }
    // A bullet before a subhead carries no words, like the □ before a byline.
    const text = type === "subhead" ? stripMarker(unitText(unit, script)) : unitText(unit, script);
    if (text !== "") blocks.push({ type, text });
  });
  return { blocks, dateline };
}

/** The byline of the item: the printed byline, then a credit from the dateline's brackets. */
function mergeByline(printed: Byline | null, credit: string | null): Byline | null {
  if (!credit) return printed;
  if (!printed) return { text: credit, ...namesOf(credit) };
  const names = namesOf(credit);
  const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
  return {
    text: `${printed.text} ${credit}`,
    reporters: union(printed.reporters, names.reporters),
    correspondents: union(printed.correspondents, names.correspondents),
  };
}

/** A credit in brackets: （本报记者 张三）. */
const BRACKETED = /^([（(])([^（）()]{1,60})([）)])$/u;
/** A finished sentence closed by a bracketed remark: …说。（记者 张三）. */
const CLOSED_BY_REMARK = /^(.*[。！？…][”’」』]?)[ \u3000]*([（(][^（）()]{1,60}[）)])$/u;

/** The text of a bracketed byline credit with its brackets, spaces normalised, or null. */
function bracketedCredit(text: string): string | null {
  const match = BRACKETED.exec(text);
  // A photo credit (…摄) names who took a picture, not who wrote the article.
  if (!match || !isBylineText(match[2]!, false) || isPhotoCredit(match[2]!)) return null;
  return `${match[1]}${normaliseBylineText(match[2]!)}${match[3]}`;
}

/**
 * Takes the reporters' credit printed at the end of an article off its text: a last paragraph
 * that is nothing but （本报记者 张三）, or such a credit closing the last sentence.
 */
function takeClosingCredit(blocks: Block[]): string | null {
  const last = blocks[blocks.length - 1];
  if (!last || last.type !== "p") return null;
  const whole = bracketedCredit(last.text);
  if (whole) {
    blocks.pop();
    return whole;
  }
  const closed = CLOSED_BY_REMARK.exec(last.text);
  const credit = closed ? bracketedCredit(closed[2]!) : null;
  if (credit) last.text = closed![1]!;
  return credit;
}

/** A short headline letter-spaced to fill its width (春 耕 正 忙) is closed up (春耕正忙). */
function closeUpTitle(text: string): string {
  return /^(?:[\u4e00-\u9fff][ \u3000])+[\u4e00-\u9fff]$/u.test(text)
    ? text.replace(/[ \u3000]/gu, "")
    : text;
}

/** A note a librarian forced: headline and byline lines become leading paragraphs. */
function forcedNote(draft: Draft, script: Script, lines: { first: number; last: number }): Item {
  const lead: Unit[] = [...(draft.titles ?? []), ...draft.bylines].map((line) => ({
    kind: "paragraph" as const,
    lines: [line],
  }));
  const blocks = [...lead, ...draft.body]
    .map((unit): Block => ({ type: unit.kind === "subhead" ? "subhead" : "p", text: unitText(unit, script) }))
    .filter((b) => b.text !== "");
  return note(blocks, lines);
}

/** An item with no headline, byline or dateline. */
export function note(blocks: Block[], lines: { first: number; last: number }): Item {
  return {
    kind: "note",
    kicker: null,
    headline: null,
    subtitle: null,
    byline: null,
    reporters: [],
    correspondents: [],
    dateline: null,
    place: null,
    blocks,
    lines,
  };
}

/** Reads one draft into an item, adding the warnings a librarian should see. */
export function finishItem(
  draft: Draft,
  forced: Map<number, ForcedRole>,
  script: Script,
  warnings: ReadingWarning[],
): Item {
  const lines = lineSpan(draft);
  if (draft.forcedNote) return forcedNote(draft, script, lines);
  const printed = draft.bylines.length > 0 ? readByline(draft.bylines.map((l) => l.text)) : null;
  const { blocks, dateline } = readBody(draft.body, script);
  const story = { datelined: dateline !== null, body: blocks.map((b) => b.text).join("") };
  const group = draft.titles ? readHeadlineGroup(draft.titles, forced, story) : null;
  // Briefs each carry their own credit; an article's credit may close its text instead.
  const closing = draft.briefs ? null : takeClosingCredit(blocks);
  const byline = mergeByline(mergeByline(printed, dateline?.credit ?? null), closing);
  const fix = (s: string | null | undefined): string | null =>
    s ? closeUpTitle(repairSpaces(s, script.chinese)) : null;
  if (!group && !byline && !dateline) return note(blocks, lines);
  if (!group?.headline) {
    warnings.push({
      line: lines.first,
      code: "article-without-headline",
      message: "No headline found for this article; mark it with @@headline, or @@note if it is a note.",
    });
  }
  if (group && draft.body.length === 0) {
    warnings.push({
      line: draft.titles![0]!.no,
      code: "headline-without-body",
      message: "This headline has no article text; check the page, or mark the lines with @@text.",
    });
  }
  return {
    kind: "article",
    kicker: fix(group?.kicker),
    headline: fix(group?.headline),
    subtitle: fix(group?.subtitle),
    byline: byline?.text ?? null,
    reporters: byline?.reporters ?? [],
    correspondents: byline?.correspondents ?? [],
    dateline: dateline?.text ?? null,
    place: dateline?.place ?? null,
    blocks,
    lines,
  };
}

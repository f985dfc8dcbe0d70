/**
 * Stage 4: units → items. An item gathers a headline group, a byline and body units; which
 * side of the body its headline stands on is the page's headline position:
 * - after the body: an item runs from a byline (or the end of the previous item) to the
 *   headline group that closes it; text no headline closes is a note;
 * - before the body: a headline group opens an item; text before any headline is a note.
 * Either way a byline after body text, or a paragraph opening with a dateline after body text,
 * starts a new item: two stories never share one. An editor's note (编者按：…) after body text,
 * and a bracketed remark on the page (（本版图片…）), are notes of their own. Bulleted briefs
 * (●…。（记者 张三）) are one item: an article headed by their section label (短讯), or a note.
 */
import type { Unit } from "./blocks.js";
import { endsWithCredit, isBriefText, isPhotoCredit } from "./byline.js";
import { endsWithColumnTag, leftOpen, tookPushedCharacter } from "./chars.js";
import { readDateline } from "./dateline.js";
import { isCentred, type Line } from "./lines.js";
import type { HeadlinePosition } from "./types.js";

/** An item before its text is read: the units it is made of. */
export interface Draft {
  titles: Line[] | null;
  bylines: Line[];
  body: Unit[];
  /** A librarian said this is a note (`@@note`). */
  forcedNote: boolean;
  /** The draft holds bulleted briefs (●…（记者 张三）), under their section label if any. */
  briefs: boolean;
}

function emptyDraft(forcedNote = false): Draft {
  return { titles: null, bylines: [], body: [], forcedNote, briefs: false };
}

function isEmpty(draft: Draft): boolean {
  return draft.titles === null && draft.bylines.length === 0 && draft.body.length === 0;
}

/** Does a paragraph open with a dateline (本报讯 …)? Its first two lines are enough to tell. */
export function opensWithDateline(unit: Unit): boolean {
  if (unit.kind !== "paragraph") return false;
  const head = unit.lines
    .slice(0, 2)
    .map((l) => l.text)
    .join("");
  return readDateline(head) !== null;
}

/** Markers of an editor's note (编者按：, 【编后】, 编者的话：): the editors speak, not a reporter. */
const EDITORS_NOTE =
  /^(?:[【〔[](?:编者按|编后语?|编后记|编者的话)[】〕\]]|(?:编者按|编后语?|编后记|编者的话)[：:])/u;
/** A remark on the whole page, wholly in brackets: （本版图片由本报记者 张三 摄）. */
const PAGE_REMARK = /^[（(]本版[^（）()]*[）)]$/u;

/**
 * Is this paragraph a note of its own? `editors`: an editor's note, which precedes or follows an
 * article and is no part of its text; `page`: a bracketed remark on the whole page.
 */
export function ownNote(unit: Unit): "editors" | "page" | null {
  // Both open with a bracket or with 编; most paragraphs are ruled out by their first character.
  if (unit.kind !== "paragraph" || !/^[编【〔[（(]/u.test(unit.lines[0]!.text)) return null;
  const text = unit.lines.map((l) => l.text).join("");
  if (EDITORS_NOTE.test(text)) return "editors";
  return PAGE_REMARK.test(text) ? "page" : null;
}

/**
 * May an editor's note start here? After article text, or where no article is open. Right
 * under a headline or byline it is the article's own lead-in, printed inside its frame.
 */
function mayOpenNote(draft: Draft): boolean {
  return draft.body.length > 0 || (draft.titles === null && draft.bylines.length === 0);
}

/** Is the draft a headline (and byline) with only an editor's note under it: the article's lead-in? */
function leadInOnly(draft: Draft): boolean {
  return draft.titles !== null && draft.body.every((u) => ownNote(u) === "editors");
}

/** How many lines end the group with no blank line between them (the group's last block). */
function lastBlock(lines: Line[]): number {
  let k = lines.length - 1;
  while (k > 0 && lines[k - 1]!.no === lines[k]!.no - 1) k--;
  return lines.length - k;
}

/** Longest section name, in Han characters (要闻, 本地新闻, 国内国际新闻). */
const MAX_SECTION_NAME = 6;

/** Could a headline group be a section's name: one line of a few characters? */
function isSectionName(lines: Line[]): boolean {
  return (
    lines.length === 1 && Array.from(lines[0]!.text.replace(/[ \u3000]/gu, "")).length <= MAX_SECTION_NAME
  );
}

/** Is the unit a bulleted brief: a paragraph opening with a bullet and ending with a credit? */
function isBrief(unit: Unit | undefined): boolean {
  if (unit?.kind !== "paragraph") return false;
  const first = unit.lines[0]!;
  return isBriefText(unit.lines[unit.lines.length - 1]!.text, first.marked);
}

/** Does a paragraph end with a reporters' credit in brackets (（本报记者 刘芳）)? */
function closesWithCredit(unit: Unit): boolean {
  const last = unit.lines[unit.lines.length - 1]!.text;
  return endsWithCredit(last) || /^[（(][^（）()]*[）)]$/u.test(last);
}

/** Longest crosshead line, in display cells (20 Han characters). */
const MAX_CROSSHEAD_WIDTH = 40;

/**
 * Is the headline-shaped unit at `index` a crosshead inside the open article rather than the next
 * article's headline? Short lines with no column tag, between the article's text and more of it
 * (no byline, no dateline after them: a new story would open with one). Where headlines follow
 * their bodies the text after must run on to the next headline with no byline between.
 */
function isCrosshead(
  units: Unit[],
  index: number,
  current: Draft,
  position: HeadlinePosition,
  forced: ReadonlySet<number>,
): boolean {
  const unit = units[index]!;
  const before = units[index - 1];
  if (before?.kind !== "paragraph" && before?.kind !== "subhead") return false;
  // A closing credit ends its article: what follows heads the next one.
  if (before.kind === "paragraph" && closesWithCredit(before)) return false;
  // A librarian's headline, and a centred line set apart like a headline, stay headlines.
  if (unit.lines.some((l) => forced.has(l.no) || isCentred(l))) return false;
  if (position === "before-body" ? current.titles === null : current.bylines.length === 0) return false;
  if (current.body.length === 0 || current.briefs) return false;
  if (unit.lines.some((l) => l.width > MAX_CROSSHEAD_WIDTH || endsWithColumnTag(l.text))) return false;
  const next = units[index + 1];
  if (next?.kind !== "paragraph" || opensWithDateline(next) || ownNote(next) !== null || isBrief(next))
    return false;
  if (position === "before-body") return true;
  for (const later of units.slice(index + 1)) {
    if (later.kind === "titles") return true;
    if (later.kind !== "paragraph" || opensWithDateline(later)) return false;
  }
  return false;
}

/**
 * The subheads of a crosshead unit: stacked headings are a subhead each (夜线开通 / 市民出行更
 * 方便了), but a heading wrapped onto the next line, which leaves a shorter tail right under
 * it, is one (夜线开通以来市民出行更加方 / 便快捷; “夜线开通以来，市 / 民说，出行方便了”).
 */
function crossheadLines(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    // A quote left open, or a mark that pulled a character down with it, says the same.
    const wraps =
      prev !== undefined &&
      prev.no === line.no - 1 &&
      (line.width < prev.width || leftOpen(prev.text) || tookPushedCharacter(line.text));
    if (wraps) out[out.length - 1]!.push(line);
    else out.push([line]);
  });
  return out;
}

/** Splits the units of a page into drafts, in page order. */
export function draftItems(
  units: Unit[],
  position: HeadlinePosition,
  forced: ReadonlySet<number> = new Set(),
): Draft[] {
  const drafts: Draft[] = [];
  let current = emptyDraft();
  /** Has an article (anything but a note) been drafted yet? */
  let articleSeen = false;
  const flush = (forcedNote = false): void => {
    if (!isEmpty(current)) {
      drafts.push(current);
      articleSeen ||= !current.forcedNote;
    }
    current = emptyDraft(forcedNote);
  };
  const takeTitles = (lines: Line[]): void => {
    if (position === "after-body" && isSectionName(lines) && isEmpty(current) && !articleSeen) {
      // A name with nothing above it to close: at the top of the page it names the section.
      flush(true);
      current.body.push({ kind: "paragraph", lines });
      flush();
    } else if (position === "after-body") {
      // The briefs above take no headline from below (nor lose their label to it).
      if (current.briefs) flush();
      current.titles = lines;
      flush();
    } else {
      // Lines a librarian opened a note with (@@note) stay in that note, headline-shaped or not.
      if (!current.forcedNote || !isEmpty(current)) flush();
      current.titles = lines;
    }
  };
  units.forEach((unit, index) => {
    switch (unit.kind) {
      case "break":
        flush(unit.note);
        break;
      case "titles": {
        if (isCrosshead(units, index, current, position, forced)) {
          // A heading inside the story: subheads of the open article.
          for (const lines of crossheadLines(unit.lines)) current.body.push({ kind: "subhead", lines });
          break;
        }
        // A section label over briefs heads the briefs below it, whatever the page's order;
        // headline lines a blank line above it are a headline group of their own.
        const label = isBrief(units[index + 1]) ? lastBlock(unit.lines) : 0;
        if (label < unit.lines.length) takeTitles(unit.lines.slice(0, unit.lines.length - label));
        if (label > 0) {
          flush();
          current.titles = unit.lines.slice(unit.lines.length - label);
          current.briefs = true;
        }
        break;
      }
      case "aside":
        flush(true);
        current.body.push({ kind: "paragraph", lines: unit.lines });
        flush();
        break;
      case "byline":
        // A photo credit (本报记者 张三 摄) under a caption belongs to it; other bylines open an item.
        if (
          current.body.length > 0 &&
          !isPhotoCredit(unit.lines[unit.lines.length - 1]!.text) &&
          !leadInOnly(current)
        )
          flush();
        for (const line of unit.lines) current.bylines.push(line);
        break;
      default: {
        const own = ownNote(unit);
        if (own === "page" || (own === "editors" && mayOpenNote(current))) {
          flush(true);
          current.body.push(unit);
          // A remark on the page stands alone; so does an editor's note where headlines close
          // the articles, since the text after it is the next article's body.
          if (own === "page" || position === "after-body") flush();
          break;
        }
        if (current.body.length > 0 && opensWithDateline(unit) && !leadInOnly(current)) flush();
        if (isBrief(unit) && !current.briefs) {
          // Briefs after an article's text are no part of it: each credits its own reporter.
          if (current.body.length > 0) flush();
          current.briefs = true;
        }
        current.body.push(unit);
      }
    }
  });
  flush();
  return drafts;
}

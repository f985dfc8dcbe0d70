/**
 * Stage 4: units → items. An item gathers a headline group, a byline and body units; which
 * side of the body its headline stands on is the page's headline position:
 * - after the body: an item runs from a byline (or the end of the previous item) to the
 *   headline group that closes it; text no headline closes is a note;
 * - before the body: a headline group opens an item; text before any headline is a note.
 * Either way a byline after body text, or a paragraph opening with a dateline after body text,
 * starts a new item: two stories never share one.
 */
import type { Unit } from "./blocks.js";
import { isPhotoCredit } from "./byline.js";
import { readDateline } from "./dateline.js";
import type { Line } from "./lines.js";
import type { HeadlinePosition } from "./types.js";

/** An item before its text is read: the units it is made of. */
export interface Draft {
  titles: Line[] | null;
  bylines: Line[];
  body: Unit[];
  /** A librarian said this is a note (`@@note`). */
  forcedNote: boolean;
}

function emptyDraft(forcedNote = false): Draft {
  return { titles: null, bylines: [], body: [], forcedNote };
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

/** Splits the units of a page into drafts, in page order. */
export function draftItems(units: Unit[], position: HeadlinePosition): Draft[] {
  const drafts: Draft[] = [];
  let current = emptyDraft();
  const flush = (forcedNote = false): void => {
    if (!isEmpty(current)) drafts.push(current);
    current = emptyDraft(forcedNote);
  };
  for (const unit of units) {
    switch (unit.kind) {
      case "break":
        flush(unit.note);
        break;
      case "titles":
        if (position === "after-body") {
          current.titles = unit.lines;
          flush();
        } else {
          flush();
          current.titles = unit.lines;
        }
        break;
      case "aside":
        flush(true);
        current.body.push({ kind: "paragraph", lines: unit.lines });
        flush();
        break;
      case "byline":
        // A photo credit (本报记者 张三 摄) under a caption belongs to it; other bylines open an item.
        if (current.body.length > 0 && !isPhotoCredit(unit.lines[unit.lines.length - 1]!.text)) flush();
        for (const line of unit.lines) current.bylines.push(line);
        break;
      default:
        if (current.body.length > 0 && opensWithDateline(unit)) flush();
        current.body.push(unit);
    }
  }
  flush();
  return drafts;
}

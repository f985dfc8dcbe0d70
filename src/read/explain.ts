/**
 * Why each line of a page was read as it was: the role every line of the page file plays in the
 * reading, the item it belongs to, and the mark or shape that decided it. What
 * `npm run parse -- FILE --explain` prints, so that a librarian can see where to put an @@ line.
 */
import { isBylineText } from "./byline.js";
import { endsWithColumnTag, endsWithDash } from "./chars.js";
import { groupParts } from "./headline.js";
import { readStages } from "./index.js";
import type { Draft } from "./items.js";
import { isCentred, isParagraphIndent, normaliseLineEnds, splitLines, type Line } from "./lines.js";
import type { ForcedRole } from "./markup.js";
import type { Item, ReadOptions } from "./types.js";

export type LineRole =
  | "blank"
  | "directive"
  | "kicker"
  | "headline"
  | "subtitle"
  | "byline"
  | "paragraph"
  | "continuation"
  | "subhead"
  | "note";

/** One line of the page file and how it was read. */
export interface LineReading {
  /** 1-based line number in the page file. */
  no: number;
  text: string;
  role: LineRole;
  /** 1-based index of the item the line belongs to, or null (blank lines, directives). */
  item: number | null;
  /** The mark or shape that decided the role. */
  why: string;
}

const FORCED = "a librarian's @@ line says so";

function whyTitle(line: Line, part: "kicker" | "headline" | "subtitle"): string {
  if (part === "kicker")
    return endsWithDash(line.text)
      ? "ends with a dash leading into the headline"
      : "a phrase of its own above the headline";
  if (part === "subtitle")
    return /^[—─―-]/u.test(line.text)
      ? "opens with a dash under the headline"
      : "a second phrase under the headline of a news report";
  if (endsWithColumnTag(line.text)) return "closes with a column tag, which ends a headline";
  return isCentred(line)
    ? "set apart and centred, no sentence end"
    : "short, no sentence end, set apart from the text around it";
}

function whyByline(line: Line): string {
  if (line.marked) return "opens with a byline marker (□)";
  if (isBylineText(line.text, false)) return "a role word (记者, 通讯员) with names";
  return "a writer's bare name under a headline";
}

/** The lines of one item, each with its role and why. */
function explainDraft(
  draft: Draft,
  item: Item,
  forced: Map<number, ForcedRole>,
  index: number,
): LineReading[] {
  const out: LineReading[] = [];
  const add = (line: Line, role: LineRole, why: string): void => {
    out.push({ no: line.no, text: line.text, role, item: index, why: forced.has(line.no) ? FORCED : why });
  };
  if (item.kind === "note") {
    for (const line of [...(draft.titles ?? []), ...draft.bylines, ...draft.body.flatMap((u) => u.lines)])
      add(line, "note", "text with no headline, byline or dateline of its own");
    return out;
  }
  if (draft.titles) {
    const story = { datelined: item.dateline !== null, body: item.blocks.map((b) => b.text).join("") };
    const parts = groupParts(draft.titles, forced, story);
    draft.titles.forEach((line, i) => add(line, parts[i]!, whyTitle(line, parts[i]!)));
  }
  for (const line of draft.bylines) add(line, "byline", whyByline(line));
  draft.body.forEach((unit, u) => {
    if (unit.kind === "subhead") {
      for (const line of unit.lines) add(line, "subhead", "a short heading between the article's paragraphs");
      return;
    }
    unit.lines.forEach((line, i) => {
      if (i > 0) add(line, "continuation", "runs on from the line above");
      else if (u === 0 && item.dateline)
        add(line, "paragraph", `opens the text with the dateline ${item.dateline}`);
      else add(line, "paragraph", isParagraphIndent(line) ? "indented" : "starts after a finished sentence");
    });
  });
  return out;
}

/** How every line of a page file was read, in file order. */
export function explainPage(text: string, options: ReadOptions = {}): LineReading[] {
  const stages = readStages(text, options);
  const forced = stages.markup.roles;
  const read = new Map<number, LineReading>();
  if (stages.drafts) {
    stages.drafts.forEach((draft, d) => {
      for (const line of explainDraft(draft, stages.reading.items[d]!, forced, d + 1))
        read.set(line.no, line);
    });
  } else {
    for (const line of stages.markup.lines)
      if (!line.blank)
        read.set(line.no, {
          no: line.no,
          text: line.text,
          role: "note",
          item: 1,
          why: "no headline, byline or dateline on the page: it is published whole",
        });
  }
  const kept = new Set(stages.markup.lines.map((l) => l.no));
  // Each line as printed (the rules read Traditional characters folded: see fold.ts).
  return splitLines(normaliseLineEnds(text)).map((line): LineReading => {
    const reading = read.get(line.no);
    if (reading) return { ...reading, text: line.text };
    return {
      no: line.no,
      text: line.text,
      role: kept.has(line.no) ? "blank" : "directive",
      item: null,
      why: kept.has(line.no) ? "" : "a librarian's @@ line, never published",
    };
  });
}

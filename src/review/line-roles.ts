/**
 * How each line of a page file was read: the role the reader gave it, derived from the reading's
 * items (their line ranges and fields) and the reader's own markup pass. Pure. The review page
 * shows these beside the raw lines, so a librarian sees at a glance where a reading went wrong.
 */
import { splitLines } from "../read/lines.js";
import { readMarkup } from "../read/markup.js";
import type { Item, PageReading } from "../read/types.js";

export type LineRole =
  | "kicker"
  | "headline"
  | "subtitle"
  | "byline"
  | "dateline"
  | "paragraph"
  | "subhead"
  | "note"
  | "directive"
  | "blank"
  /** Outside every item: a running head or foot the reader left out. */
  | "left out";

export interface ReadLine {
  /** 1-based line number in the page file. */
  no: number;
  /** The line as in the file. */
  text: string;
  role: LineRole;
  /** 0-based index of the item the line belongs to, or null. */
  item: number | null;
}

/** Text as fields and lines are compared: no whitespace, no byline marks. */
const squeeze = (text: string): string => text.replace(/[\s□■●◆]/gu, "");

/** The roles of every line of `text`, read as `reading`. */
export function lineRoles(text: string, reading: PageReading): ReadLine[] {
  const raw = text.split("\n");
  if (raw.length > 1 && raw.at(-1) === "") raw.pop();
  const kept = new Set(readMarkup(splitLines(text)).lines.map((line) => line.no));
  const lines: ReadLine[] = raw.map((line, i) => ({
    no: i + 1,
    text: line,
    role: !kept.has(i + 1) ? "directive" : line.trim() === "" ? "blank" : "left out",
    item: null,
  }));
  reading.items.forEach((item, index) => markItem(lines, item, index));
  return lines;
}

/** Gives the lines of `item` their roles: fields first, by the lines that spell them, then the body. */
function markItem(lines: ReadLine[], item: Item, index: number): void {
  const range = lines.slice(item.lines.first - 1, item.lines.last);
  // A line inside the item's range whose text is in none of its fields was left out too (a
  // running head between two columns of the article).
  const fieldsText = squeeze(
    [
      item.kicker,
      item.headline,
      item.subtitle,
      item.byline,
      item.dateline,
      ...item.blocks.map((b) => b.text),
    ].join(""),
  );
  const open = range.filter(
    (l) => l.role === "left out" && fieldsText.includes(squeeze(l.text).replace(/-$/, "")),
  );
  for (const line of open) {
    line.item = index;
    line.role = item.kind === "note" ? "note" : "paragraph";
  }
  if (item.kind === "note") return;
  const fields: [LineRole, string | null][] = [
    ["kicker", item.kicker],
    ["headline", item.headline],
    ["subtitle", item.subtitle],
    ["byline", item.byline],
    ...item.blocks.filter((b) => b.type === "subhead").map((b): [LineRole, string] => ["subhead", b.text]),
  ];
  for (const [role, value] of fields) {
    const run = value ? findRun(open, squeeze(value)) : null;
    for (const line of run ?? []) line.role = role;
  }
  if (item.dateline) {
    const first = open.find(
      (l) => l.role === "paragraph" && squeeze(l.text).startsWith(squeeze(item.dateline!)),
    );
    if (first) first.role = "dateline";
  }
}

/** The consecutive lines (still read as body) whose text together is `target`, or null. */
function findRun(lines: ReadLine[], target: string): ReadLine[] | null {
  if (!target) return null;
  for (let start = 0; start < lines.length; start++) {
    let joined = "";
    for (let end = start; end < lines.length; end++) {
      const line = lines[end]!;
      if (line.role !== "paragraph" && line.role !== "blank") break;
      joined += squeeze(line.text);
      if (joined === target) return lines.slice(start, end + 1).filter((l) => l.role !== "blank");
      if (!target.startsWith(joined)) break;
    }
  }
  return null;
}

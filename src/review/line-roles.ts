/**
 * How each line of a page file was read, for the review page: the reader's own account
 * (`explainPage`: role, item and the mark or shape that decided it), with the lines as they are in
 * the file (indents are how a librarian sees paragraphs), the line that opens an article with its
 * dateline named as such, and a line the reader left out (a running head) told from a blank one.
 * Pure.
 */
import { explainPage, type LineRole as ReaderRole } from "../read/explain.js";
import type { PageReading } from "../read/types.js";

export type LineRole = ReaderRole | "dateline" | "left out";

export interface ReadLine {
  /** 1-based line number in the page file. */
  no: number;
  /** The line as in the file. */
  text: string;
  role: LineRole;
  /** 0-based index of the item the line belongs to, or null. */
  item: number | null;
  /** The mark or shape that decided the role, in the reader's words; empty for blank lines. */
  why: string;
}

/** Text as a dateline and a line are compared: no whitespace. */
const squeeze = (text: string): string => text.replace(/\s/gu, "");

/** The roles of every line of `text` (normalised, as `Page.text`), read as `reading`. */
export function lineRoles(text: string, reading: PageReading): ReadLine[] {
  const raw = text.split("\n");
  return explainPage(text, { headlinePosition: reading.headlinePosition }).map((line): ReadLine => {
    const item = line.item === null ? null : line.item - 1;
    const dateline = item === null ? null : (reading.items[item]?.dateline ?? null);
    const opensWithDateline =
      line.role === "paragraph" && dateline !== null && squeeze(line.text).startsWith(squeeze(dateline));
    const leftOut = line.role === "blank" && line.text !== "";
    return {
      no: line.no,
      text: raw[line.no - 1] ?? line.text,
      role: opensWithDateline ? "dateline" : leftOut ? "left out" : line.role,
      item,
      why: leftOut ? "in no article: the reader left it out, as it does running heads" : line.why,
    };
  });
}

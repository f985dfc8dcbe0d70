/**
 * Small pieces of display text cut from an item: its first sentence, and printed lines
 * (bylines, datelines) split so that the names in them can become links.
 */
import { splitLines } from "../read/lines.js";
import { readMarkup } from "../read/markup.js";
import type { Item } from "../read/types.js";

/** Longest first sentence shown in lists before it is cut with an ellipsis. */
const FIRST_SENTENCE_MAX = 90;

/** Sentence ends in Chinese and Latin text; closing quotes after them stay with the sentence. */
const SENTENCE_END = /[。！？!?…]+[”’」』"')）]*|[.](?=\s)/u;

/** Cut to at most `max` characters (whole code points), adding `…` when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join("").trimEnd()}…`;
}

/** The whole first sentence of the item's first paragraph (a page's description); empty when none. */
export function wholeFirstSentence(item: Pick<Item, "blocks">): string {
  const first = item.blocks.find((b) => b.type === "p");
  if (!first) return "";
  const match = SENTENCE_END.exec(first.text);
  return (match ? first.text.slice(0, match.index + match[0].length) : first.text).trim();
}

/** The first sentence clipped for lists; empty when the item has no paragraph. */
export const firstSentence = (item: Pick<Item, "blocks">): string =>
  clip(wholeFirstSentence(item), FIRST_SENTENCE_MAX);

/** A run of printed text; `name` is set when the run is one of the names being linked. */
export interface TextRun {
  text: string;
  name?: string;
}

/**
 * Splits a printed line into runs so that each of `names` (in the order they are printed) becomes
 * its own run. A name the line does not contain is appended after it, so that no name is dropped.
 */
export function splitOnNames(line: string, names: readonly string[]): TextRun[] {
  const runs: TextRun[] = [];
  let rest = line;
  const missing: string[] = [];
  for (const name of names) {
    const at = name ? rest.indexOf(name) : -1;
    if (at < 0) {
      missing.push(name);
      continue;
    }
    if (at > 0) runs.push({ text: rest.slice(0, at) });
    runs.push({ text: name, name });
    rest = rest.slice(at + name.length);
  }
  if (rest) runs.push({ text: rest });
  for (const name of missing.filter(Boolean)) runs.push({ text: " " }, { text: name, name });
  return runs;
}

/**
 * The page file's text as the page view shows it: every line as in the file, but for the
 * librarian's `@@` lines (comments included), which docs/markup.md promises never reach the site.
 * Which lines are directives is the reader's own decision (`readMarkup`), so the two never differ.
 */
export function printedText(text: string): string {
  const kept = new Set(readMarkup(splitLines(text)).lines.map((line) => line.no));
  const pieces = text.split("\n");
  // The empty piece after a final line end is no line of the page, but keeps that line end.
  const isEnd = (i: number): boolean => i === pieces.length - 1 && pieces[i] === "";
  return pieces.filter((_, i) => kept.has(i + 1) || isEnd(i)).join("\n");
}

/**
 * Pages printed in Traditional characters are read by the same rules as Simplified ones: the
 * page is folded character for character onto Simplified (記者 → 记者, 本報訊 → 本报讯) with the
 * table search folds with (`src/search/script.ts`), read, and the reading is given back in the
 * page's own characters. Folding is one character for one, so a position in the folded text is
 * the same position in the page; nothing the reader publishes is ever a folded character.
 */
import { scriptFold } from "../search/script.js";
import type { Item, PageReading } from "./types.js";

/** A page folded, and where it holds characters that stand for another one. */
export interface FoldedPage {
  /** The page with every foldable character folded (the page itself when none is). */
  text: string;
  /** Folded characters that stand for another one somewhere on the page. */
  standIns: Set<string>;
  /** The 1-based numbers of the lines that hold one. */
  lines: Set<number>;
}

export function foldScript(page: string): FoldedPage {
  const fold = scriptFold();
  foldable ??= new RegExp(`[${[...fold.keys()].join("")}]`, "gu");
  const standIns = new Set<string>();
  const offsets: number[] = [];
  const text = page.replace(foldable, (ch, offset: number) => {
    const to = fold.get(ch) ?? ch;
    standIns.add(to);
    offsets.push(offset);
    return to;
  });
  return { text, standIns, lines: lineNumbers(page, offsets) };
}

/** The 1-based line numbers of ascending offsets into `text`. */
function lineNumbers(text: string, offsets: number[]): Set<number> {
  const lines = new Set<number>();
  let line = 1;
  let from = 0;
  for (const offset of offsets) {
    for (let nl = text.indexOf("\n", from); nl >= 0 && nl < offset; nl = text.indexOf("\n", nl + 1)) {
      line++;
      from = nl + 1;
    }
    lines.add(line);
  }
  return lines;
}

/** Every character the table folds, as one class (the regular expression engine scans fast). */
let foldable: RegExp | null = null;

/** A text's lines by number, found once (1-based, inclusive). */
class LineTexts {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) this.starts.push(nl + 1);
  }
  range(first: number, last: number): string {
    const end = this.starts[last] ?? this.text.length + 1;
    return this.text.slice(this.starts[first - 1] ?? this.text.length, end - 1);
  }
}

/** An item's lines, folded and as printed, with whitespace left out (same lengths). */
interface Span {
  folded: string[];
  printed: string[];
}

const squashed = (s: string): string[] => Array.from(s.replace(/\s+/gu, ""));

/**
 * `s` (read from the folded text) in the page's characters: found in the item's folded text,
 * whole or character by character in order (where the reading left out a marker or a hyphen),
 * each character is replaced by the one printed at that place. Whitespace in `s` is kept.
 */
function printedForm(s: string, span: Span): string {
  const want = squashed(s);
  if (want.length === 0) return s;
  const at = indexOf(span.folded, want);
  const places: number[] = [];
  if (at >= 0) for (let k = 0; k < want.length; k++) places.push(at + k);
  else {
    let from = 0;
    for (const ch of want) {
      const found = span.folded.indexOf(ch, from);
      if (found < 0) return s;
      places.push(found);
      from = found + 1;
    }
  }
  let k = 0;
  return Array.from(s)
    .map((ch) => (/\s/u.test(ch) ? ch : span.printed[places[k++]!]!))
    .join("");
}

function indexOf(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function restoreItem(item: Item, span: Span, standIn: RegExp): Item {
  const form = (s: string): string => (standIn.test(s) ? printedForm(s, span) : s);
  const maybe = (s: string | null): string | null => (s === null ? null : form(s));
  return {
    ...item,
    kicker: maybe(item.kicker),
    headline: maybe(item.headline),
    subtitle: maybe(item.subtitle),
    byline: maybe(item.byline),
    reporters: item.reporters.map(form),
    correspondents: item.correspondents.map(form),
    dateline: maybe(item.dateline),
    place: maybe(item.place),
    blocks: item.blocks.map((b) => ({ ...b, text: form(b.text) })),
  };
}

/** The reading of the folded page in the page's own characters. */
export function unfoldReading(reading: PageReading, page: string, folded: FoldedPage): PageReading {
  if (folded.standIns.size === 0) return reading;
  // Only the items over lines holding a stand-in, and their text holding one, need finding in
  // the page (a Simplified page may hold a stray 著 or 孃, no more).
  const standIn = new RegExp(`[${[...folded.standIns].join("")}]`, "u");
  let texts: { printed: LineTexts; folded: LineTexts } | null = null;
  const items = reading.items.map((item) => {
    let touched = false;
    for (let no = item.lines.first; no <= item.lines.last && !touched; no++) touched = folded.lines.has(no);
    if (!touched) return item;
    texts ??= { printed: new LineTexts(page), folded: new LineTexts(folded.text) };
    const { first, last } = item.lines;
    const span = {
      folded: squashed(texts.folded.range(first, last)),
      printed: squashed(texts.printed.range(first, last)),
    };
    return restoreItem(item, span, standIn);
  });
  return { ...reading, items };
}

/**
 * Turning a Pagefind fragment back into the text as printed: every token spells its first
 * character (`tokens.ts`), so word position i of the record is character i of its normalized
 * text, and a hit at position p of a query of n characters covers characters p … p+n-1. What
 * normalizing took away (spaces, case, full-width forms, the Traditional form of a character) comes
 * back from the record's printed patch (`printedPatch`), so an excerpt reads as the page prints it.
 * Pure, used by the build (the patch) and the browser worker (the rest), and tested directly.
 */
import {
  BODY_START,
  type CharFold,
  decodeFirstChar,
  isZeroWidth,
  NUMBERS_START,
  searchChar,
} from "./tokens.js";

/** A piece of an excerpt; `hit` pieces are shown marked, the `dateline` piece set apart. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
  dateline?: boolean;
}

/** A record's text as decoded from its fragment. */
export interface DecodedRecord {
  /** One entry per Pagefind word: a character as searched, or null at a field boundary. */
  chars: (string | null)[];
  /**
   * The same positions as printed: the character as the page prints it, after the whitespace
   * printed before it (`" L"` in `Salt Lake`); null at a field boundary.
   */
  printed: (string | null)[];
  /** Position of the body's first character (0 when the record has no header fields). */
  bodyStart: number;
  /** Whether the body's first field is the dateline (`本报聊城讯`), shown apart from the text. */
  dateline: boolean;
}

/** A field of a record as printed, in record order, and whether a separator word precedes it. */
export interface PrintedField {
  text: string;
  separated: boolean;
}

/**
 * What the printed text adds to the searched one, as a JSON array `[gap, run, gap, run, …]`: skip
 * `gap` positions, then `run` is the printed text of as many positions as it has characters that
 * are not whitespace (whitespace rides on the character after it). Text in Simplified Chinese
 * needs almost nothing (spaces and capitals of Latin words); a Traditional text needs a run for
 * each stretch of characters that fold.
 */
export function printedPatch(fields: readonly PrintedField[], fold: CharFold): string {
  const patch: (number | string)[] = [];
  let pos = 0;
  let runEnd = 0;
  for (const field of fields) {
    if (field.separated) pos++;
    let space = "";
    for (const c of field.text.trim()) {
      if (isZeroWidth(c)) continue; // not searched, and not worth showing (normalizeForSearch)
      if (/\s/u.test(c)) {
        space = " ";
        continue;
      }
      const printed = space + c;
      space = "";
      if (printed !== searchChar(c, fold)) {
        if (patch.length > 0 && runEnd === pos) patch[patch.length - 1] += printed;
        else patch.push(pos - runEnd, printed);
        runEnd = pos + 1;
      }
      pos++;
    }
  }
  return patch.length ? JSON.stringify(patch) : "";
}

/** Puts a record's printed patch back on its positions. */
function applyPatch(chars: readonly (string | null)[], patch: string): (string | null)[] {
  const printed = [...chars];
  if (!patch) return printed;
  const runs = JSON.parse(patch) as (number | string)[];
  let pos = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    pos += Number(runs[i]);
    let space = "";
    for (const c of String(runs[i + 1])) {
      if (/\s/u.test(c)) space += c;
      else {
        printed[pos++] = space + c;
        space = "";
      }
    }
  }
  return printed;
}

/**
 * `content` is the fragment's text (pair tokens), `patch` its `printedPatch` meta, `dateline`
 * whether the item has a dateline (its `dateline` meta).
 */
export function decodeContent(content: string, patch = "", dateline = false): DecodedRecord {
  // Pagefind ends each block with a full stop of its own ("… 5267."); it is not part of a word.
  const all = content.split(/\s+/).filter((w) => w.length > 0);
  const numbers = all.findIndex((w) => w.replace(/\.$/, "") === NUMBERS_START);
  // The number tokens close the record: they are not text.
  const words = numbers < 0 ? all : all.slice(0, numbers);
  const chars = words.map((w) => decodeFirstChar(w));
  const marker = words.findIndex((w) => w.replace(/\.$/, "") === BODY_START);
  return { chars, printed: applyPatch(chars, patch), bodyStart: marker < 0 ? 0 : marker + 1, dateline };
}

/**
 * Every position where the normalized query occurs in the record, read from the text itself: the
 * index only says which records may hold the query (candidates, `worker.ts`), and an empty answer
 * here means this one does not, so the page does not show it.
 */
export function findHits(record: DecodedRecord, normalized: string): number[] {
  const q = [...normalized];
  const hits: number[] = [];
  const { chars } = record;
  for (let p = 0; p + q.length <= chars.length; p++) {
    let i = 0;
    while (i < q.length && chars[p + i] === q[i]) i++;
    if (i === q.length) hits.push(p);
  }
  return hits;
}

/** The field around a position: its first position and the position after its last. */
function fieldAround(chars: readonly (string | null)[], at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && chars[start - 1] !== null) start--;
  let end = at;
  while (end < chars.length && chars[end] !== null) end++;
  return { start, end };
}

/** The printed text of positions `from` … `to - 1`, without the whitespace before the first. */
export function printedText(record: DecodedRecord, from: number, to: number): string {
  return record.printed
    .slice(from, to)
    .map((c) => c ?? " ")
    .join("")
    .trimStart();
}

/**
 * An excerpt of about `width` characters around the first hit in the body (or in the headline or
 * byline when the body has none), as printed, hits marked. A dateline is its own piece, before the
 * first paragraph. Also returns the printed text of that hit, for the article link's text fragment.
 */
export function buildExcerpt(
  record: DecodedRecord,
  hits: readonly number[],
  normalized: string,
  width = 80,
): { parts: ExcerptPart[]; hitText: string } {
  const { chars, bodyStart } = record;
  const n = [...normalized].length;
  const anchor = hits.find((h) => h >= bodyStart) ?? hits[0] ?? bodyStart;
  const marked = new Set<number>();
  for (const h of hits) for (let i = h; i < h + n; i++) marked.add(i);
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean): void => {
    const last = parts[parts.length - 1];
    if (last && last.hit === hit && !last.dateline) last.text += text;
    else if (text) parts.push({ text, hit });
  };
  /** Positions `from` … `to - 1` as printed, hits marked, the whitespace before a hit left unmarked. */
  const pushRange = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const c = record.printed[i];
      if (c === null || c === undefined) {
        push(i > from && i < to - 1 ? " … " : "", false);
        continue;
      }
      const text = i === from ? c.trimStart() : c;
      // Whitespace inside a hit is part of it (`Salt Lake`); before one, it is not.
      const ch = marked.has(i) && marked.has(i - 1) ? text : text.trimStart();
      if (ch.length < text.length) push(text.slice(0, text.length - ch.length), false);
      push(ch, marked.has(i));
    }
  };

  const datelineField = record.dateline ? fieldAround(chars, bodyStart) : null;
  // A dateline with no paragraph after it is shown as any other field.
  const inDateline =
    datelineField !== null &&
    anchor >= datelineField.start &&
    anchor < datelineField.end &&
    datelineField.end + 1 < chars.length;
  // The field shown: the anchor's, or the first paragraph when the hit is in the dateline.
  const field = fieldAround(chars, inDateline ? datelineField.end + 1 : anchor);
  const at = inDateline ? field.start : anchor;
  // Never cut a hit in two at either edge: a half-marked word reads as a wrong match.
  let start = Math.max(field.start, at - Math.floor(width / 3));
  while (start > field.start && marked.has(start) && marked.has(start - 1)) start--;
  let end = Math.min(field.end, start + width);
  while (end < field.end && marked.has(end - 1) && marked.has(end)) end++;
  // The dateline comes with the start of the paragraph it opens.
  if (datelineField && start === field.start && field.start === datelineField.end + 1) {
    pushRange(datelineField.start, datelineField.end);
    for (const p of parts) p.dateline = true;
  }
  if (start > field.start) push("…", false);
  pushRange(start, end);
  if (end < field.end || field.end < chars.length) push("…", false);
  return { parts, hitText: hits.length ? printedText(record, anchor, anchor + n) : "" };
}

/**
 * Turning a Pagefind fragment back into readable text: every token spells its first character
 * (`tokens.ts`), so word position i of the record is character i of its normalized text, and a
 * hit at position p of a query of n characters covers characters p … p+n-1. Pure, used by the
 * browser worker and tested directly.
 */
import { BODY_START, decodeFirstChar, NUMBERS_START } from "./tokens.js";

/** A piece of an excerpt; `hit` pieces are shown marked. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** A record's text as decoded from its fragment. */
export interface DecodedRecord {
  /** One entry per Pagefind word: a character, or null at a field boundary. */
  chars: (string | null)[];
  /** Position of the body's first character (0 when the record has no header fields). */
  bodyStart: number;
}

export function decodeContent(content: string): DecodedRecord {
  // Pagefind ends each block with a full stop of its own ("… 5267."); it is not part of a word.
  const all = content.split(/\s+/).filter((w) => w.length > 0);
  const numbers = all.findIndex((w) => w.replace(/\.$/, "") === NUMBERS_START);
  // The number tokens close the record: they are not text.
  const words = numbers < 0 ? all : all.slice(0, numbers);
  const chars = words.map((w) => decodeFirstChar(w));
  const marker = words.findIndex((w) => w.replace(/\.$/, "") === BODY_START);
  return { chars, bodyStart: marker < 0 ? 0 : marker + 1 };
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

/**
 * An excerpt of about `width` characters around the first hit in the body (or in the headline or
 * byline when the body has none), hits marked, field boundaries shown as ` … `. Also returns the
 * text of that hit, for the article link's text fragment.
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
  let fieldStart = anchor;
  while (fieldStart > 0 && chars[fieldStart - 1] !== null) fieldStart--;
  const marked = new Set<number>();
  for (const h of hits) for (let i = h; i < h + n; i++) marked.add(i);
  // Never cut a hit in two at either edge: a half-marked word reads as a wrong match.
  let start = Math.max(fieldStart, anchor - Math.floor(width / 3));
  while (start > fieldStart && marked.has(start) && marked.has(start - 1)) start--;
  let end = Math.min(chars.length, start + width);
  while (end < chars.length && marked.has(end - 1) && marked.has(end)) end++;
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean): void => {
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += text;
    else if (text) parts.push({ text, hit });
  };
  if (start > fieldStart) push("…", false);
  for (let i = start; i < end; i++) {
    const c = chars[i];
    if (c === null || c === undefined) push(i > start && i < end - 1 ? " … " : "", false);
    else push(c, marked.has(i));
  }
  if (end < chars.length) push("…", false);
  return { parts, hitText: hits.length ? chars.slice(anchor, anchor + n).join("") : "" };
}

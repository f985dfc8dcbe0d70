/**
 * Character accounting for readings, as the corpus README defines it: every non-whitespace
 * character of the page is in exactly one field of one item, except byline markers (□ …),
 * hyphens that break a Latin word at a line end, and the librarian's @@ directive lines.
 */
import type { PageReading } from "../../src/read/types.js";

const MARKERS = new Set(Array.from("□■◆◇●○△▲"));

function count(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of text.replace(/\s+/gu, "")) out.set(ch, (out.get(ch) ?? 0) + 1);
  return out;
}

/** The text fields of a reading, as the scorer reads them. */
export function readingText(reading: PageReading): string {
  return reading.items
    .flatMap((it) => [
      it.kicker,
      it.headline,
      it.subtitle,
      it.byline,
      it.dateline,
      ...it.blocks.map((b) => b.text),
    ])
    .filter((s): s is string => Boolean(s))
    .join("");
}

export interface Accounting {
  /** Characters of the page missing from the reading (markers and allowed hyphens excluded). */
  lost: [string, number][];
  /** Characters of the reading that are not on the page. */
  invented: [string, number][];
}

export function account(page: string, reading: PageReading): Accounting {
  const lines = page.replace(/\r\n?/g, "\n").split("\n");
  const kept = lines.filter((l) => !l.trim().startsWith("@@"));
  const hyphenLines = kept.filter((l) => /[A-Za-z]-\s*$/u.test(l)).length;
  const source = count(kept.join("\n").replace(/^\ufeff/u, ""));
  const output = count(readingText(reading));
  const lost: [string, number][] = [];
  const invented: [string, number][] = [];
  for (const [ch, n] of source) {
    const d = n - (output.get(ch) ?? 0);
    if (d <= 0 || MARKERS.has(ch)) continue;
    if (ch === "-" && d <= hyphenLines) continue;
    lost.push([ch, d]);
  }
  for (const [ch, n] of output) {
    const d = n - (source.get(ch) ?? 0);
    if (d > 0) invented.push([ch, d]);
  }
  return { lost, invented };
}

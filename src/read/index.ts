/**
 * Reading a printed page: raw page text in, articles and notes out. Pure: no I/O.
 * (Placeholder until the page parser lands: the whole page is one note.)
 */
import type { PageReading, ReadOptions } from "./types.js";

export type { PageReading, ReadOptions } from "./types.js";

export function readPage(text: string, options: ReadOptions = {}): PageReading {
  const lines = text.split("\n");
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, "").trim())
    .filter((p) => p.length > 0);
  return {
    headlinePosition: options.headlinePosition ?? "before-body",
    items: [
      {
        kind: "note",
        kicker: null,
        headline: null,
        subtitle: null,
        byline: null,
        reporters: [],
        correspondents: [],
        dateline: null,
        place: null,
        blocks: paragraphs.map((text) => ({ type: "p" as const, text })),
        lines: { first: 1, last: lines.length },
      },
    ],
    warnings: [],
  };
}

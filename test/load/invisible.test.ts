import { afterEach, describe, expect, it } from "vitest";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { tempArchive, type TempArchive } from "./temp-archive.js";

let archive: TempArchive | undefined;
afterEach(() => archive?.remove());

const lines = SAMPLE_PAGE.split("\n");
/** The sample page with lines replaced: `{ 1: "…" }` (1-based). */
const withLines = (changed: Record<number, (line: string) => string>): string =>
  lines.map((line, i) => changed[i + 1]?.(line) ?? line).join("\n");

describe("loadArchive and invisible characters", () => {
  it("should warn about zero-width characters, stray marks and U+FFFE with their line and column", () => {
    const page = withLines({
      1: (l) => `${[...l].slice(0, 4).join("")}\u200b${[...l].slice(4).join("")}`,
      3: (l) => `\ufeff${l}\ufffe`,
      5: (l) => `${l}\u200b`,
    });
    archive = tempArchive({ "issues/2025-03-18/01.txt": page });
    const hint =
      "search and links ignore it, but it is published as it is: delete it unless the print has it (an editor that shows invisible characters finds it)";
    expect(archive.lines().filter((l) => l.includes("invisible"))).toEqual([
      `issues/2025-03-18/01.txt:1: warning: invisible character U+200B (zero-width space) at column 5 and 1 more in the file — ${hint}`,
      `issues/2025-03-18/01.txt:3: warning: invisible character U+FEFF (byte-order mark inside the text) at column 1 — ${hint}`,
      `issues/2025-03-18/01.txt:3: warning: invisible character U+FFFE (noncharacter, a byte-swapped byte-order mark) at column ${[...lines[2]!].length + 2} — ${hint}`,
    ]);
  });

  it("should warn about a bidi override and leave it out of the page's text and reading", () => {
    archive = tempArchive({ "issues/2025-03-18/01.txt": withLines({ 3: (l) => `\u202e${l}` }) });
    expect(archive.lines().filter((l) => l.includes("bidi"))).toEqual([
      "issues/2025-03-18/01.txt:3: warning: bidi control U+202E (right-to-left override) at column 1: it would turn the text after it around, " +
        "so it is left out of the site — delete it from the file (an editor that shows invisible characters finds it)",
    ]);
    const page = archive.load().archive.issues[0]!.pages[0]!;
    expect(page.text).toBe(SAMPLE_PAGE);
    expect(JSON.stringify(page.reading)).not.toContain("\u202e");
  });
});

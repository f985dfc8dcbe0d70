import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";

const corpus = (name: string): string =>
  readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), "utf8");

describe("readPage on the corpus sample page", () => {
  const gold = JSON.parse(corpus("000_44ab08e54eea3468.gold.json"));
  const reading = readPage(corpus("000_44ab08e54eea3468.txt"));

  it("should read headlines after their bodies on this page", () => {
    expect(reading.headlinePosition).toBe(gold.headlinePosition);
  });

  it("should give the librarian's reading item for item", () => {
    const items = reading.items.map(({ lines: _lines, ...fields }) => fields);
    expect(items).toEqual(gold.items);
  });

  it("should warn about nothing on a page it reads fully", () => {
    expect(reading.warnings).toEqual([]);
  });
});

describe("the parser's sources", () => {
  // The rules must be general: no headline, name or place of the sample page in the parser.
  it("should contain no string of the sample page's headlines, names or places", async () => {
    const { readdirSync } = await import("node:fs");
    const dir = new URL("../../src/read/", import.meta.url);
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(new URL(f, dir), "utf8"))
      .join("\n");
    const gold = JSON.parse(corpus("000_44ab08e54eea3468.gold.json"));
    const strings = new Set<string>();
    for (const item of gold.items) {
      for (const s of [
        item.kicker,
        item.headline,
        item.subtitle,
        item.place,
        ...item.reporters,
        ...item.correspondents,
      ])
        if (s) strings.add(s);
      // Every run of 4 Chinese characters of the body text, too.
      for (const block of item.blocks)
        for (const run of block.text.match(/[\u4e00-\u9fff]{4,}/gu) ?? [])
          for (let i = 0; i + 4 <= run.length; i++) strings.add(run.slice(i, i + 4));
    }
    const found = [...strings].filter((s) => sources.includes(s));
    expect(found).toEqual([]);
  });
});

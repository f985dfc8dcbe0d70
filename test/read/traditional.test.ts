/**
 * A page printed in Traditional characters is read like its Simplified twin, and given back as
 * printed. The fixture is the sample page converted by OpenCC (cn → hk), as a Hong Kong paper
 * would print it: 本報記者, 本報聊城訊, 通訊員.
 */
import { readFileSync } from "node:fs";
import OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { explainPage } from "../../src/read/explain.js";
import { readPage } from "../../src/read/index.js";
import { account } from "./accounting.js";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const simplified = read("../fixtures/corpus/000_44ab08e54eea3468.txt");
const traditional = read("../fixtures/pages/traditional.txt");
const toTraditional = OpenCC.Converter({ from: "cn", to: "hk" });

describe("readPage on a page printed in Traditional characters", () => {
  it("should find the same articles, bylines, datelines and subheads as on the Simplified page", () => {
    const expected = readPage(simplified).items.map((item) => ({
      kind: item.kind,
      kicker: item.kicker && toTraditional(item.kicker),
      headline: item.headline && toTraditional(item.headline),
      byline: item.byline && toTraditional(item.byline),
      reporters: item.reporters.map(toTraditional),
      correspondents: item.correspondents.map(toTraditional),
      dateline: item.dateline && toTraditional(item.dateline),
      place: item.place && toTraditional(item.place),
      blocks: item.blocks.map((b) => ({ type: b.type, text: toTraditional(b.text) })),
    }));
    const reading = readPage(traditional);
    expect(reading.items).toHaveLength(11);
    expect(reading.items).toMatchObject(expected);
    expect(reading.items[2]).toMatchObject({ dateline: "本報聊城訊", correspondents: ["劉淑娟", "羅珂"] });
    expect(account(traditional, reading)).toEqual({ lost: [], invented: [] });
  });

  it("should explain each line in the characters it was printed in", () => {
    const lines = explainPage(traditional).filter((l) => l.role === "byline");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(traditional).toContain(line.text);
    expect(lines.some((l) => l.text.includes("記者"))).toBe(true);
  });
});

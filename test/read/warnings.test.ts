import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";

const codes = (text: string, options = {}) => readPage(text, options).warnings.map((w) => [w.code, w.line]);

describe("readPage warnings", () => {
  it("should flag an article with a byline but no headline at its first line", () => {
    const text = [
      "春季植树添新绿",
      "",
      "  □ 本报记者 孙晓明",
      "  本报讯 植树活动今天举行。",
      "",
      "  □ 本报记者 高文静",
      "  本报讯 招聘会今天举行。",
    ];
    expect(codes(text.join("\n"))).toEqual([["article-without-headline", 6]]);
  });

  it("should flag a headline with no article text at the headline's line", () => {
    const text = [
      "春季植树添新绿",
      "",
      "  □ 本报记者 孙晓明",
      "  本报讯 植树活动今天举行。",
      "",
      "招聘会今天举行",
    ];
    const reading = readPage(text.join("\n"), { headlinePosition: "before-body" });
    expect(reading.warnings.map((w) => [w.code, w.line])).toEqual([["headline-without-body", 6]]);
    expect(reading.items[1]).toMatchObject({ kind: "article", headline: "招聘会今天举行", blocks: [] });
  });

  it("should flag a page with no structure once, at its first line of text", () => {
    expect(codes("\n\n  春天来了，万物复苏。\n  大家都出门踏青。\n")).toEqual([["unstructured-page", 3]]);
  });

  it("should give an empty page no item and one warning", () => {
    const reading = readPage("");
    expect(reading.items).toEqual([]);
    expect(reading.warnings.map((w) => w.code)).toEqual(["unstructured-page"]);
  });

  it("should list warnings in line order", () => {
    const text = ["@@bogus", "春季植树添新绿", "", "  □ 本报记者 孙晓明", "", "@@wrong"].join("\n");
    const lines = readPage(text).warnings.map((w) => w.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines).toContain(1);
    expect(lines).toContain(6);
  });
});

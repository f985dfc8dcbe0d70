import { describe, expect, it } from "vitest";
import { clip, firstSentence, printedText, splitOnNames, wholeFirstSentence } from "../../src/shape/text.js";

const p = (text: string) => ({ type: "p" as const, text });

describe("firstSentence", () => {
  it("should end at the first Chinese full stop, keeping a closing quote", () => {
    expect(firstSentence({ blocks: [p("“会上印发了方案。”他说。其后")] })).toBe("“会上印发了方案。”");
    expect(firstSentence({ blocks: [p("3月12日，推介会在北京召开。会上……")] })).toBe(
      "3月12日，推介会在北京召开。",
    );
  });

  it("should skip subheads and clip a sentence that runs on", () => {
    const long = "长".repeat(200);
    expect(firstSentence({ blocks: [{ type: "subhead", text: "故事一" }, p(long)] })).toBe(
      `${"长".repeat(90)}…`,
    );
    expect(firstSentence({ blocks: [] })).toBe("");
  });

  it("should not end a sentence at a decimal point", () => {
    expect(firstSentence({ blocks: [p("实现增加值381.55亿元。其后")] })).toBe("实现增加值381.55亿元。");
  });
});

describe("wholeFirstSentence", () => {
  it("should keep a long first sentence whole, for a page's description", () => {
    const long = `${"长".repeat(200)}。其后`;
    expect(wholeFirstSentence({ blocks: [p(long)] })).toBe(`${"长".repeat(200)}。`);
  });
});

describe("clip", () => {
  it("should clip by characters, never splitting a surrogate pair", () => {
    expect(clip("𠀀𠀁𠀂", 2)).toBe("𠀀𠀁…");
    expect(clip("短", 2)).toBe("短");
  });
});

describe("splitOnNames", () => {
  it("should make each name of a byline its own run, in printed order", () => {
    expect(splitOnNames("记者 薛良诚 通讯员 刘淑娟 罗珂 报道", ["薛良诚", "刘淑娟", "罗珂"])).toEqual([
      { text: "记者 " },
      { text: "薛良诚", name: "薛良诚" },
      { text: " 通讯员 " },
      { text: "刘淑娟", name: "刘淑娟" },
      { text: " " },
      { text: "罗珂", name: "罗珂" },
      { text: " 报道" },
    ]);
  });

  it("should find a name inside a dateline and keep names the line does not print", () => {
    expect(splitOnNames("本报聊城讯", ["聊城"])).toEqual([
      { text: "本报" },
      { text: "聊城", name: "聊城" },
      { text: "讯" },
    ]);
    expect(splitOnNames("本报记者", ["张三"])).toEqual([
      { text: "本报记者" },
      { text: " " },
      { text: "张三", name: "张三" },
    ]);
  });

  it("should link a name printed twice only once per listing", () => {
    const runs = splitOnNames("记者 高田 高田", ["高田", "高田"]);
    expect(runs.filter((r) => r.name)).toHaveLength(2);
    expect(runs.map((r) => r.text).join("")).toBe("记者 高田 高田");
  });
});

describe("printedText", () => {
  it("should drop every @@ line, comments included, and keep the others as they are", () => {
    const text =
      "@@# 内部备注：电话 13800000000\n  本报讯 眼下正是春耕。\n@@headline\n田里有了“新农具”\n\n　　第二段。";
    expect(printedText(text)).toBe("  本报讯 眼下正是春耕。\n田里有了“新农具”\n\n　　第二段。");
  });

  it("should keep the page's final line end, and the whole text of a page without @@ lines", () => {
    expect(printedText("第一段。\n@@# 备注\n")).toBe("第一段。\n");
    expect(printedText("第一段。\n\n第二段。\n")).toBe("第一段。\n\n第二段。\n");
  });
});

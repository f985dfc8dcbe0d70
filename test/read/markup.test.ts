import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";
import { account } from "./accounting.js";

const ARTICLE = ["城市新闻", "", "  本报讯 第一条新闻的内容在这里。"];

describe("librarian correction markup", () => {
  it("should read the example of docs/markup.md as documented", () => {
    const doc = readFileSync(new URL("../../docs/markup.md", import.meta.url), "utf8");
    const example = /## Example[\s\S]*?```text\n([\s\S]*?)```/u.exec(doc)![1]!;
    const reading = readPage(example);
    expect(reading.warnings).toEqual([]);
    expect(reading.items.map((i) => [i.kind, i.kicker, i.headline, i.byline, i.dateline])).toEqual([
      ["article", "春耕时节访农家", "田里有了“新农具”。", "本报记者 张三", "本报讯"],
      ["note", null, null, null, null],
    ]);
    expect(reading.items[1]!.blocks[0]!.text).toBe("编者按：从今天起，本版推出“春耕一线”系列报道。");
  });

  it("should take directive lines out of the text and keep every other character", () => {
    const text = [
      "@@headline",
      "春天来了。",
      "",
      "  本报讯 今天天气很好。",
      "@@paragraph",
      "大家都出门踏青。",
    ].join("\n");
    const reading = readPage(text);
    expect(reading.items[0]!.headline).toBe("春天来了。");
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual(["今天天气很好。", "大家都出门踏青。"]);
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });

  it("should start a new item at @@article, a note when it has no headline", () => {
    const reading = readPage([...ARTICLE, "@@article", "  第二条消息的内容在这里。"].join("\n"));
    expect(reading.items.map((i) => [i.kind, i.headline, i.lines.first])).toEqual([
      ["article", "城市新闻", 1],
      ["note", null, 5],
    ]);
  });

  it("should make the text after @@note a note even when it has a dateline", () => {
    const reading = readPage([...ARTICLE, "", "@@note", "  本报讯 编者按：本版刊登一组报道。"].join("\n"));
    expect(reading.items[1]!.kind).toBe("note");
    expect(reading.items[1]!.dateline).toBeNull();
    expect(reading.items[1]!.blocks[0]!.text).toBe("本报讯 编者按：本版刊登一组报道。");
  });

  it("should make a headline-shaped section name after @@note a note, with @@article starting the next item", () => {
    const reading = readPage(
      [
        "@@note",
        "要闻",
        "",
        "@@article",
        "春季植树活动启动",
        "",
        "  本报讯 4月1日，市区各街道开展义务植树活动。",
      ].join("\n"),
    );
    expect(reading.items.map((i) => [i.kind, i.headline, i.blocks[0]!.text])).toEqual([
      ["note", null, "要闻"],
      ["article", "春季植树活动启动", "4月1日，市区各街道开展义务植树活动。"],
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("should keep a line marked @@text in the body instead of reading it as a headline", () => {
    const page = [
      "城市新闻",
      "",
      "  本报讯 第一条新闻的内容在这里。",
      "",
      "这一行像标题（短评）",
      "",
      "  第二段。",
    ];
    expect(readPage(page.join("\n")).items).toHaveLength(2);
    page.splice(4, 0, "@@text");
    const reading = readPage(page.join("\n"));
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "第一条新闻的内容在这里。这一行像标题（短评）",
      "第二段。",
    ]);
  });

  it("should give lines the roles @@kicker, @@subtitle, @@byline and @@subhead say", () => {
    const text = [
      "@@kicker",
      "一行引题",
      "@@headline",
      "主标题",
      "@@subtitle",
      "副标题在这里",
      "@@byline",
      "文 张三",
      "",
      "  第一段内容在这里。",
      "@@subhead",
      "  一、小标题在这里。",
      "  第二段。",
    ].join("\n");
    const [item] = readPage(text).items;
    expect([item!.kicker, item!.headline, item!.subtitle, item!.byline]).toEqual([
      "一行引题",
      "主标题",
      "副标题在这里",
      "文 张三",
    ]);
    expect(item!.blocks.map((b) => b.type)).toEqual(["p", "subhead", "p"]);
  });

  it("should end a role at the next directive, @@paragraph too, as at a blank line", () => {
    const text = [
      "□ 本报记者 张三",
      "　　山城重庆的夜晚，公交车依旧穿行在大街小巷之间。",
      "山城公交夜线延长",
      "@@byline",
      "王晓明",
      "@@paragraph",
      "　　交通部门表示，将根据客流变化继续优化线路。",
      "成都地铁增开夜间班次",
    ].join("\n");
    const second = readPage(text).items[1]!;
    expect(second).toMatchObject({ headline: "成都地铁增开夜间班次", byline: "王晓明" });
    expect(second.blocks).toEqual([{ type: "p", text: "交通部门表示，将根据客流变化继续优化线路。" }]);
  });

  it("should let @@headlines override both detection and the caller's headline position", () => {
    const text = ["@@headlines after", "  □ 本报记者 张三", "  本报讯 正文在这里。", "", "标题在正文后"].join(
      "\n",
    );
    const reading = readPage(text, { headlinePosition: "before-body" });
    expect(reading.headlinePosition).toBe("after-body");
    expect(reading.items.map((i) => i.headline)).toEqual(["标题在正文后"]);
  });

  it("should read a page marked @@plain as one note without a warning", () => {
    const reading = readPage(["@@plain", ...ARTICLE].join("\n"));
    expect(reading.items.map((i) => i.kind)).toEqual(["note"]);
    expect(reading.warnings).toEqual([]);
  });

  it("should report a directive at the end of the page, with nothing to act on", () => {
    const warnings = readPage([...ARTICLE, "", "@@headline", ""].join("\n")).warnings;
    expect(warnings.map((w) => [w.code, w.line])).toEqual([["unknown-markup", 5]]);
    expect(warnings[0]!.message).toContain('"@@headline" has no line after it to act on');
  });

  it("should ignore @@# comments", () => {
    expect(readPage(["@@# checked by the librarian", ...ARTICLE].join("\n")).warnings).toEqual([]);
  });

  it("should report unknown or malformed directives as unknown-markup with their line", () => {
    const text = ["@@frobnicate", ...ARTICLE, "@@headline 标题", "@@headlines sideways", "@@"].join("\n");
    const warnings = readPage(text).warnings;
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ["unknown-markup", 1],
      ["unknown-markup", 5],
      ["unknown-markup", 6],
      ["unknown-markup", 7],
    ]);
    expect(warnings[0]!.message).toContain('Unknown markup "@@frobnicate"');
    expect(warnings[0]!.message).toContain("@@headline");
  });

  it("should split an English page only where the librarian marked it", () => {
    const text = [
      "@@headline",
      "HARBOUR BOARD MEETING",
      "@@text",
      "The Harbour Board met on Tuesday evening at the Custom",
      "House, when the new wharf was discussed.",
      "",
      "Short line here",
      "",
      "@@headline",
      "CITY COUNCIL",
      "@@text",
      "The council met on Wednesday.",
    ].join("\n");
    const reading = readPage(text);
    expect(reading.warnings).toEqual([]);
    expect(reading.items.map((i) => [i.headline, i.blocks.map((b) => b.text)])).toEqual([
      [
        "HARBOUR BOARD MEETING",
        [
          "The Harbour Board met on Tuesday evening at the Custom House, when the new wharf was discussed.",
          "Short line here",
        ],
      ],
      ["CITY COUNCIL", ["The council met on Wednesday."]],
    ]);
  });
});

/**
 * The classes of layout the national daily's pages showed (test/fixtures/corpus/dev, typeset),
 * each on a small page of invented text: text as a PDF extractor gives it (no indents, justified
 * lines, a paragraph's first line short by the indent it lost), headline groups with dashes, tags,
 * wraps and subtitles, closing credits, bare bylines and crossheads.
 */
import { describe, expect, it } from "vitest";
import { explainPage } from "../../src/read/explain.js";
import { readPage } from "../../src/read/index.js";
import { account } from "./accounting.js";

/**
 * A paragraph set in justified lines of `width` characters, as a PDF extractor gives it: the
 * first line holds two characters less (its indent was dropped), the last line what is left.
 */
function justified(text: string, width: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let at = 0;
  let room = width - 2;
  while (at < chars.length) {
    lines.push(chars.slice(at, at + room).join(""));
    at += room;
    room = width;
  }
  return lines;
}

const P1 =
  "山城重庆的夜晚，公交车依旧穿行在大街小巷之间。记者从市交通局获悉，自本月起全市新增夜间线路十二条，覆盖主要商圈和交通枢纽，发车间隔缩短到二十分钟以内。";
const P2 =
  "市民李女士每天加班到深夜，过去只能打车回家。她说，夜线开通以后，回家的路费省了一大半，心里也踏实多了。";
const P3 = "交通部门表示，将根据客流变化继续优化线路，让更多市民在夜间出行时有车可坐。";

describe("readPage on text a PDF extractor gives (no indents, no blank lines)", () => {
  it("should end a paragraph where the next line is short by the indent it lost", () => {
    const page = [
      "山城公交夜线延长",
      "□ 本报记者 张 三",
      ...justified(`本报重庆3月5日电 ${P1}`, 20),
      ...justified(P2, 20),
      ...justified(P3, 20),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]).toMatchObject({
      headline: "山城公交夜线延长",
      reporters: ["张三"],
      place: "重庆",
    });
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([P1, P2, P3]);
    expect(account(page, reading)).toEqual({ lost: [], invented: [] });
  });
});

describe("readPage on headline groups", () => {
  const body = justified(P2, 20);

  it("should read a kicker ending with a dash, and a headline wrapped over lines up to its column tag", () => {
    const page = [
      "山城推出便民新举措——",
      "公交夜线",
      "延长到凌晨（城市观察）",
      "□ 本报记者 张三",
      ...body,
    ].join("\n");
    expect(readPage(page).items[0]).toMatchObject({
      kicker: "山城推出便民新举措——",
      headline: "公交夜线延长到凌晨（城市观察）",
      subtitle: null,
    });
  });

  it("should read a second whole phrase under a news report's headline as its subtitle", () => {
    const page = [
      "全市新增夜间公交线路十二条",
      "覆盖主要商圈和交通枢纽",
      ...justified(`本报重庆3月5日电 ${P1}`, 20),
    ].join("\n");
    expect(readPage(page).items[0]).toMatchObject({
      kicker: null,
      headline: "全市新增夜间公交线路十二条",
      subtitle: "覆盖主要商圈和交通枢纽",
      dateline: "本报重庆3月5日电",
    });
  });

  it("should read a long phrase over a feature's headline as its kicker", () => {
    const page = ["老城区居民自发组织巡逻队守护街巷安宁", "夜色里的守护者", "□ 本报记者 张三", ...body].join(
      "\n",
    );
    expect(readPage(page).items[0]).toMatchObject({
      kicker: "老城区居民自发组织巡逻队守护街巷安宁",
      headline: "夜色里的守护者",
    });
  });

  it("should join a headline broken after a comma, an open bracket or before its tag on a line of its own", () => {
    for (const [lines, headline] of [
      [["夜线开通了，", "回家不再难"], "夜线开通了，回家不再难"],
      [["夜线开通惠民生（", "城市观察）"], "夜线开通惠民生（城市观察）"],
      [["夜线开通惠民生", "", "（城市观察）"], "夜线开通惠民生（城市观察）"],
    ] as const) {
      const page = [...lines, "", "□ 本报记者 张三", "", ...body].join("\n");
      expect(readPage(page).items[0]!.headline).toBe(headline);
    }
  });
});

describe("readPage on the ends and heads of articles", () => {
  it("should keep a bracketed closing remark wrapped over lines in the text, and read the headline after it", () => {
    const page = [
      "城市更新要有温度（短评）",
      "□ 王晓明",
      ...justified(P2, 20),
      "（作者为某大学城市规划学院",
      "教授）",
      "",
      "夜色里的守护者（街巷故事）",
      "□ 本报记者 张三",
      ...justified(P3, 20),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((i) => i.headline)).toEqual([
      "城市更新要有温度（短评）",
      "夜色里的守护者（街巷故事）",
    ]);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([P2, "（作者为某大学城市规划学院教授）"]);
    expect(account(page, reading)).toEqual({ lost: [], invented: [] });
  });

  it("should read a writer's bare name under a headline as the byline, the writer as a reporter", () => {
    const page = ["城市更新要有温度（短评）", "王晓明", ...justified(P2, 20)].join("\n");
    expect(readPage(page).items[0]).toMatchObject({ byline: "王晓明", reporters: ["王晓明"] });
  });

  it("should read reporters listed with 、 in a bracketed credit", () => {
    const page = ["夜线开通惠民生", "", ...justified(`本报讯（记者李四、王五） ${P1}`, 20)].join("\n");
    expect(readPage(page).items[0]).toMatchObject({
      byline: "（记者李四、王五）",
      reporters: ["李四", "王五"],
    });
  });

  it("should read a short heading between an article's paragraphs as a subhead, not a new article", () => {
    const page = [
      "夜色里的守护者",
      "□ 本报记者 张三",
      ...justified(P2, 20).map((l, i) => (i === 0 ? `\u3000\u3000${l}` : l)),
      "夜线开通后的新变化",
      ...justified(P3, 20).map((l, i) => (i === 0 ? `\u3000\u3000${l}` : l)),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks).toEqual([
      { type: "p", text: P2 },
      { type: "subhead", text: "夜线开通后的新变化" },
      { type: "p", text: P3 },
    ]);
  });

  it("should not read a paragraph's first line cut off by a column break as a headline", () => {
    const lines = justified(P2, 20);
    const page = [
      "夜色里的守护者",
      "□ 本报记者 张三",
      ...justified(P1, 20),
      lines[0]!,
      "",
      ...lines.slice(1),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([P1, P2]);
  });
});

describe("explainPage", () => {
  it("should give every line of the file its role, its item and why", () => {
    const page = [
      "@@# 校对：张三",
      "山城推出便民新举措——",
      "公交夜线延长到凌晨",
      "□ 本报记者 张三",
      "",
      ...justified(P2, 20),
    ].join("\n");
    const lines = explainPage(page);
    expect(lines.map((l) => [l.no, l.role, l.item])).toEqual([
      [1, "directive", null],
      [2, "kicker", 1],
      [3, "headline", 1],
      [4, "byline", 1],
      [5, "blank", null],
      [6, "paragraph", 1],
      ...justified(P2, 20)
        .slice(1)
        .map((_, i) => [7 + i, "continuation", 1]),
    ]);
    expect(lines[1]!.why).toMatch(/dash/u);
    expect(lines[3]!.why).toMatch(/□/u);
  });
});

describe("readPage on an English OCR page with neither indents nor blank lines", () => {
  it("should end a paragraph at a sentence end short of the column, keep compounds whole and abbreviations in", () => {
    const page = [
      "The Harbour Board met on Tuesday evening at the Custom House, when the",
      "new wharf at New-",
      "York Street was discussed at some length. The chairman said that the",
      "work would be finished before the winter.",
      "Mr Smith asked whether the cost had been esti-",
      "mated and whether the Government would share it with the Board, and Mr.",
      "Brown replied that it had been agreed with the Colonial Secretary.",
      "The council met on Wednesday and passed the estimates for the year",
      "without debate.",
    ].join("\n");
    expect(readPage(page).items[0]!.blocks.map((b) => b.text)).toEqual([
      "The Harbour Board met on Tuesday evening at the Custom House, when the new wharf at New-York Street was discussed at some length. The chairman said that the work would be finished before the winter.",
      "Mr Smith asked whether the cost had been estimated and whether the Government would share it with the Board, and Mr. Brown replied that it had been agreed with the Colonial Secretary.",
      "The council met on Wednesday and passed the estimates for the year without debate.",
    ]);
  });
});

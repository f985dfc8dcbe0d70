/**
 * Pages in shapes the sample does not show: indented headline groups, wire items after local
 * news, editors' notes, one paragraph per line, bulleted briefs under a section label.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";
import { account } from "./accounting.js";

function page(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}.txt`, import.meta.url), "utf8");
}

describe("readPage on a before-body page with an indented headline group, a wire item and an editor's note", () => {
  const text = page("before-body-mixed");
  const reading = readPage(text);
  const items = reading.items;

  it("should read an indented kicker, the headline and a dashed subtitle before the byline as one headline group", () => {
    expect(reading.headlinePosition).toBe("before-body");
    expect(items[0]).toMatchObject({
      kind: "article",
      kicker: "坚持创新驱动 推动高质量发展",
      headline: "全市工业经济首季实现“开门红”",
      subtitle: "——一季度规模以上工业增加值同比增长7.2%",
      byline: "本报记者 王海涛 通讯员 李明 赵雪",
      reporters: ["王海涛"],
      correspondents: ["李明", "赵雪"],
      dateline: "本报济南4月2日讯",
      place: "济南",
    });
    expect(items[0]!.blocks.map((b) => b.type)).toEqual(["p", "p", "subhead", "p", "subhead", "p"]);
    expect(items[0]!.lines).toEqual({ first: 1, last: 22 });
  });

  it("should start a new item at a wire dateline after a blank line, even without an indent", () => {
    expect(items[1]).toMatchObject({ headline: "春季植树活动启动", dateline: "本报讯" });
    expect(items[1]!.blocks.map((b) => b.text)).toEqual([
      "4月1日，市区各街道组织志愿者开展义务植树活动，共栽植各类苗木3000余株。",
    ]);
    expect(items[2]).toMatchObject({
      kind: "article",
      headline: null,
      byline: "（记者 张晓）",
      reporters: ["张晓"],
      dateline: "新华社北京4月1日电",
      place: "北京",
    });
    expect(items[2]!.blocks[0]!.text).toBe(
      "国家统计局1日发布数据显示，3月份制造业采购经理指数为50.8%，比上月上升0.6个百分点。",
    );
    expect(reading.warnings.map((w) => [w.code, w.line])).toContainEqual(["article-without-headline", 30]);
  });

  it("should keep every character of the page", () => {
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });
});

describe("readPage on paragraphs whose indent the extraction lost", () => {
  it("should start a story at a dateline that follows a finished sentence on the next line", () => {
    const reading = readPage(
      [
        "春季植树活动启动",
        "",
        "  本报讯 4月1日，市区各街道组织志愿者开展义务植树活动。",
        "本报泰安讯 泰安市今年新建口袋公园二十处。",
      ].join("\n"),
    );
    expect(reading.items.map((i) => [i.headline, i.dateline])).toEqual([
      ["春季植树活动启动", "本报讯"],
      [null, "本报泰安讯"],
    ]);
  });

  it("should not start one at a dateline-like phrase that continues a sentence", () => {
    const reading = readPage(
      [
        "春季植树活动启动",
        "",
        "  本报讯 4月1日，市区各街道组织志愿者开展义务植树活动，",
        "本报讯员也到场。",
      ].join("\n"),
    );
    expect(reading.items).toHaveLength(1);
  });
});

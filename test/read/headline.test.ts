import { describe, expect, it } from "vitest";
import { readHeadlineGroup } from "../../src/read/headline.js";
import { splitLines } from "../../src/read/lines.js";

const group = (...texts: string[]) => readHeadlineGroup(splitLines(texts.join("\n")), new Map());

describe("readHeadlineGroup", () => {
  it("should not read a line of two phrases set apart by a space as the rest of the line above", () => {
    expect(group("全市召开安全生产工作会议", "压紧压实责任 守牢安全底线")).toEqual({
      kicker: "全市召开安全生产工作会议",
      headline: "压紧压实责任 守牢安全底线",
      subtitle: null,
    });
  });

  it("should read two lines of similar length as one headline printed over two lines", () => {
    expect(group("潍坊海洋牧场建设", "迈出新步伐")).toEqual({
      kicker: null,
      headline: "潍坊海洋牧场建设迈出新步伐",
      subtitle: null,
    });
  });

  it("should read a much longer first line, or one with a space between phrases, as the kicker", () => {
    expect(group("坚持生态优先 推动绿色发展 建设美丽海湾", "潍坊海洋牧场见成效").kicker).toBe(
      "坚持生态优先 推动绿色发展 建设美丽海湾",
    );
    expect(group("“小院落”里办成“大民生”", "济宁推行议事会制度")).toEqual({
      kicker: "“小院落”里办成“大民生”",
      headline: "济宁推行议事会制度",
      subtitle: null,
    });
  });

  it("should read a short first line over a longer one as a headline wrapped where a phrase ends", () => {
    // As the national daily prints them: 山东济南 / 推动产业科研人才双向交流 is one headline.
    expect(group("春风里的济宁", "社区议事会办成大民生")).toEqual({
      kicker: null,
      headline: "春风里的济宁社区议事会办成大民生",
      subtitle: null,
    });
  });

  it("should read a first line ending with punctuation as the kicker", () => {
    expect(group("“小院落”里办成“大民生”", "济宁推行议事会制度").kicker).toBe("“小院落”里办成“大民生”");
  });

  it("should read a line opening with a dash as the subtitle", () => {
    expect(group("春季植树添新绿", "——泰安市民踊跃参加义务植树活动")).toEqual({
      kicker: null,
      headline: "春季植树添新绿",
      subtitle: "——泰安市民踊跃参加义务植树活动",
    });
  });

  it("should read a much longer first line with no space as the kicker, and a short tail as a wrap", () => {
    expect(group("全市上下凝心聚力推动经济社会高质量发展", "潍坊一季度实现开门红").kicker).toBe(
      "全市上下凝心聚力推动经济社会高质量发展",
    );
    expect(group("济宁市图书馆推出夜间阅览和自习服务", "项目")).toMatchObject({
      kicker: null,
      headline: "济宁市图书馆推出夜间阅览和自习服务项目",
    });
  });

  it("should read the first of three lines as the kicker even when the next is as long", () => {
    expect(group("聚焦春耕一线", "德州小麦田里", "用上“新农具”")).toEqual({
      kicker: "聚焦春耕一线",
      headline: "德州小麦田里用上“新农具”",
      subtitle: null,
    });
  });

  it("should read kicker, a headline over two lines and a subtitle together", () => {
    expect(group("聚焦春耕一线", "德州农机安全检查", "覆盖全部乡镇", "——记者走访见闻")).toEqual({
      kicker: "聚焦春耕一线",
      headline: "德州农机安全检查覆盖全部乡镇",
      subtitle: "——记者走访见闻",
    });
  });

  it("should read a dashed line as the subtitle even when the extraction put it first", () => {
    expect(group("——泰安市民踊跃参加义务植树活动", "春季植树添新绿")).toEqual({
      kicker: null,
      headline: "春季植树添新绿",
      subtitle: "——泰安市民踊跃参加义务植树活动",
    });
  });

  it("should not take a headline under a subtitle printed first for the subtitle's second line", () => {
    expect(group("——全年计划造林1.2万亩", "济宁春季植树造林全面铺开")).toMatchObject({
      headline: "济宁春季植树造林全面铺开",
      subtitle: "——全年计划造林1.2万亩",
    });
  });

  it("should keep a subtitle wrapped over two lines together", () => {
    expect(group("春季植树添新绿", "——泰安市民踊跃参加", "义务植树活动")).toEqual({
      kicker: null,
      headline: "春季植树添新绿",
      subtitle: "——泰安市民踊跃参加义务植树活动",
    });
  });

  it("should put free lines above a forced headline in the kicker and below it in the subtitle", () => {
    const lines = splitLines(["一行引题", "主标题", "一行副题"].join("\n"));
    expect(readHeadlineGroup(lines, new Map([[2, "headline"]]))).toEqual({
      kicker: "一行引题",
      headline: "主标题",
      subtitle: "一行副题",
    });
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";
import type { Item } from "../../src/read/types.js";
import { account } from "./accounting.js";

function page(name: string): string {
  return readFileSync(new URL(`../fixtures/pages/${name}.txt`, import.meta.url), "utf8");
}

/** The fields a reader sees first, for compact expectations. */
function head(item: Item) {
  return {
    kind: item.kind,
    kicker: item.kicker,
    headline: item.headline,
    subtitle: item.subtitle,
    byline: item.byline,
    reporters: item.reporters,
    correspondents: item.correspondents,
    dateline: item.dateline,
    place: item.place,
  };
}

const article = {
  kind: "article",
  kicker: null,
  subtitle: null,
  byline: null,
  reporters: [],
  correspondents: [],
  dateline: null,
  place: null,
};

describe("readPage on pages with headlines before their bodies", () => {
  const text = page("before-body");
  const reading = readPage(text);

  it("should detect the headline position and split the three articles", () => {
    expect(reading.headlinePosition).toBe("before-body");
    expect(reading.items.map(head)).toEqual([
      {
        ...article,
        headline: "潍坊加快建设现代海洋牧场",
        byline: "本报记者 王海燕 刘志强",
        reporters: ["王海燕", "刘志强"],
        dateline: "本报潍坊3月14日讯",
        place: "潍坊",
      },
      {
        ...article,
        headline: "春季植树添新绿",
        subtitle: "——泰安市民踊跃参加义务植树活动",
        byline: "记者 孙晓明 通讯员 赵丽 周涛 报道",
        reporters: ["孙晓明"],
        correspondents: ["赵丽", "周涛"],
        dateline: "本报泰安讯",
        place: "泰安",
      },
      {
        ...article,
        kicker: "“小院落”里办成“大民生”",
        headline: "济宁推行社区议事会制度",
        byline: "本报记者 高文静",
        reporters: ["高文静"],
      },
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("should repair column breaks and layout spaces in numbers, and keep photo references", () => {
    const [first, second, third] = reading.items;
    expect(first!.blocks.map((b) => b.text)).toEqual([
      "初春时节，寿光市羊口镇的近海养殖区里，一排排养殖网箱整齐排列。渔民们驾驶小船往返穿梭，投放饵料、检查网衣，为新一季的养殖做准备。",
      "“今年我们新增了二十个深水网箱，预计产量能提高三成。”养殖户李建国一边整理渔网一边说。近年来，当地依托海洋资源优势，推动传统养殖向生态化、智能化转型，全市海水养殖面积稳定在12万亩左右。",
      "据介绍，今年潍坊计划投入资金3.5亿元，重点建设三处省级海洋牧场示范区，同步完善冷链物流和精深加工配套。",
    ]);
    expect(second!.blocks[0]!.text).toBe(
      "3月12日是植树节，泰安市组织各界群众在山脚下开展义务植树活动，共栽植侧柏、黄栌等苗木一万余株（上图）。",
    );
    expect(third!.blocks[1]!.text).toContain("累计办结民生事项460余件。");
  });

  it("should point each item at its lines of the page file", () => {
    expect(reading.items.map((i) => i.lines)).toEqual([
      { first: 1, last: 14 },
      { first: 16, last: 26 },
      { first: 28, last: 37 },
    ]);
  });

  it("should read the same page as after-body when the caller says so, and flag what is odd", () => {
    const forced = readPage(text, { headlinePosition: "after-body" });
    expect(forced.headlinePosition).toBe("after-body");
    expect(forced.warnings.map((w) => [w.code, w.line])).toContainEqual(["headline-without-body", 1]);
  });
});

describe("readPage on another page with headlines after their bodies", () => {
  const text = page("after-body");
  const reading = readPage(text);

  it("should detect the position and keep the editor's note at the top apart", () => {
    expect(reading.headlinePosition).toBe("after-body");
    expect(reading.items.map((i) => [i.kind, i.headline, i.lines.first, i.lines.last])).toEqual([
      ["note", null, 1, 2],
      ["article", "德州小麦田里用上“新农具”", 4, 29],
      ["article", "济宁春风行动送岗位", 31, 38],
      ["article", "泰安举办读书分享会", 40, 43],
      ["article", "枣庄修补城区破损路面", 45, 48],
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("should read a kicker, a headline over two lines and a subtitle printed after the body", () => {
    expect(head(reading.items[1]!)).toEqual({
      ...article,
      kicker: "聚焦春耕一线",
      headline: "德州小麦田里用上“新农具”",
      subtitle: "——陵城区推进农业机械化见闻",
      byline: "本报记者 刘志强 通讯员 马晓东 报道",
      reporters: ["刘志强"],
      correspondents: ["马晓东"],
      dateline: "本报德州讯",
      place: "德州",
    });
  });

  it("should read subheads, also after a column break, and repair numbers split by layout", () => {
    expect(reading.items[1]!.blocks).toEqual([
      {
        type: "p",
        text: "清晨六点，德州市陵城区的麦田里已是一片忙碌景象。农机手们驾驶着植保无人机，在田间来回穿梭，为小麦喷洒农药和叶面肥。",
      },
      {
        type: "p",
        text: "“过去打药要背着药桶一垄一垄地走，一天最多干十几亩。现在用上无人机，一天能作业三百多亩。”种粮大户王德顺说。",
      },
      { type: "subhead", text: "一、农机装备提档升级" },
      {
        type: "p",
        text: "今年以来，陵城区新增各类农机具1200余台（套），全区主要农作物耕种收综合机械化率达到98%。",
      },
      { type: "subhead", text: "二、社会化服务走向田间" },
      { type: "p", text: "区里组建了二十支农机社会化服务队，为小农户提供代耕代种、统防统治等托管服务。" },
    ]);
  });

  it("should merge a printed byline with the dateline's credit without listing a name twice", () => {
    expect(head(reading.items[2]!)).toMatchObject({
      byline: "记者 高文静 （记者 高文静 通讯员 周涛）",
      reporters: ["高文静"],
      correspondents: ["周涛"],
      dateline: "本报讯",
    });
  });
});

describe("readPage on an after-body page mixing own reports, a wire item and a photo", () => {
  const reading = readPage(page("after-body-mixed"));

  it("should read each headline group, byline and dateline", () => {
    expect(reading.headlinePosition).toBe("after-body");
    expect(reading.items.map(head)).toEqual([
      {
        ...article,
        kicker: "凝心聚力抓落实 绿化美化促发展",
        headline: "济宁春季植树造林全面铺开",
        subtitle: "——全年计划造林1.2万亩",
        byline: "本报记者 孙明 李晓燕 实习生 王佳 报道",
        reporters: ["孙明", "李晓燕"],
        dateline: "本报济宁讯",
        place: "济宁",
      },
      {
        ...article,
        headline: "前两月国民经济开局平稳",
        byline: "（记者 刘欣 张鹏）",
        reporters: ["刘欣", "张鹏"],
        dateline: "新华社北京3月17日电",
        place: "北京",
      },
      { ...article, headline: "玉兰花开春意浓", byline: "本报记者 孙明 摄", reporters: ["孙明"] },
      { ...article, kind: "note", headline: null },
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("should repair spaced numbers and a column break at a sentence end", () => {
    expect(reading.items[0]!.blocks[1]!.text).toBe(
      "据了解，今年济宁市计划完成造林1.2万亩，新建和提升森林村居60个。截至目前，全市已完成造林4500亩，占年度任务的三成以上。",
    );
  });
});

describe("readPage on bulleted subheads and a photo with its caption", () => {
  const reading = readPage(page("photos-and-bullets"));

  it("should read bulleted lines as subheads, without the bullet, and not as headlines", () => {
    expect(reading.items[0]!.headline).toBe("济宁经济运行开局良好");
    expect(reading.items[0]!.blocks.map((b) => `${b.type}:${b.text.slice(0, 6)}`)).toEqual([
      "p:今年以来，济",
      "subhead:工业生产加快",
      "p:一季度全市规",
      "subhead:消费市场回暖",
      "p:社会消费品零",
    ]);
  });

  it("should keep a photo credit with the caption above it and the headline below it", () => {
    expect(head(reading.items[1]!)).toEqual({
      ...article,
      headline: "春到太白湖",
      byline: "本报记者 周明 摄",
      reporters: ["周明"],
    });
    expect(reading.items[1]!.blocks).toEqual([
      { type: "p", text: "3月16日，游客在太白湖畔赏花踏青。春日的济宁，处处生机盎然（上图）。" },
    ]);
    expect(reading.warnings).toEqual([]);
  });
});

describe("readPage on datelines that carry the byline in brackets", () => {
  const reading = readPage(page("dateline-credit"));

  it("should take reporters and correspondents from the brackets and keep the brackets in the byline", () => {
    expect(reading.items.map(head)).toEqual([
      {
        ...article,
        headline: "德州启动春季农机安全检查",
        byline: "（记者 陈立新 通讯员 马晓东）",
        reporters: ["陈立新"],
        correspondents: ["马晓东"],
        dateline: "本报讯",
      },
      {
        ...article,
        headline: "枣庄新建一批口袋公园",
        byline: "（记者 刘洋）",
        reporters: ["刘洋"],
        dateline: "本报枣庄3月10日讯",
        place: "枣庄",
      },
    ]);
    expect(reading.items[0]!.blocks[0]!.text.startsWith("3月11日，德州市")).toBe(true);
  });
});

describe("readPage on wire items", () => {
  const reading = readPage(page("wire"));

  it("should read the agency dateline, its place and the credited reporters", () => {
    expect(reading.items.map((i) => [i.headline, i.dateline, i.place, i.reporters])).toEqual([
      ["全国春季农业生产有序推进", "新华社北京3月12日电", "北京", ["王五", "李六"]],
      ["我国科研团队在新型电池材料领域取得突破", "新华社合肥3月11日电", "合肥", ["赵明"]],
    ]);
    expect(reading.items[0]!.blocks[1]!.text.endsWith("确保春播顺利进行。（完）")).toBe(true);
  });
});

describe("readPage on several short items in a row", () => {
  const reading = readPage(page("briefs"));

  it("should give each brief its own headline, even with no blank lines between them", () => {
    expect(reading.items.map((i) => [i.kind, i.headline, i.dateline, i.blocks.length])).toEqual([
      ["article", "潍坊举办春季人才招聘会", "本报讯", 1],
      ["article", "德州新增三条公交线路", "本报讯", 1],
      ["article", "泰安开展消防安全大检查", "本报讯", 1],
      ["article", "济宁图书馆推出夜间阅览服务", "本报讯", 1],
    ]);
  });
});

describe("readPage on pages with no structure", () => {
  it("should keep a page that is one long commentary as one note with repaired paragraphs", () => {
    const reading = readPage(page("long-note"));
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.kind).toBe("note");
    expect(reading.items[0]!.blocks).toHaveLength(4);
    expect(reading.items[0]!.blocks[1]!.text).toContain(
      "把工作重心放在抓项目、促发展、惠民生上，以钉钉子精神抓好各项任务落实。",
    );
    expect(reading.warnings.map((w) => [w.code, w.line])).toEqual([["unstructured-page", 1]]);
  });

  it("should join an English OCR page's wrapped lines with spaces and its hyphenated words whole", () => {
    const reading = readPage(page("english-ocr"));
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "The Harbour Board met on Tuesday evening at the Custom House, when the chairman reported that the new wharf would be completed before the end of the summer.",
      "The contractors have already driven the greater part of the piles, and the decking is expected to begin next month. Mr. Thompson asked whether the cost would exceed the estimate of 4,200 pounds.",
      "The chairman replied that he saw no reason to expect it. The meeting closed at a late hour.",
    ]);
    expect(reading.warnings[0]!.code).toBe("unstructured-page");
  });
});

describe("readPage on letter-spaced headlines", () => {
  it("should close up a short headline set with a space between its characters", () => {
    const reading = readPage(
      ["春 耕 正 忙", "", "  □ 本报记者 孙晓明", "  本报讯 田间地头一片忙碌。"].join("\n"),
    );
    expect(reading.items[0]!.headline).toBe("春耕正忙");
  });
});

describe("readPage on running heads and feet", () => {
  it("should keep a date line at the top and the editors' line at the foot as notes of their own", () => {
    const text = ["2025年3月18日 星期二", "", page("before-body"), "", "责任编辑 李华  美术编辑 周明"].join(
      "\n",
    );
    const reading = readPage(text);
    expect(reading.items.map((i) => [i.kind, i.headline ?? i.blocks[0]!.text])).toEqual([
      ["note", "2025年3月18日 星期二"],
      ["article", "潍坊加快建设现代海洋牧场"],
      ["article", "春季植树添新绿"],
      ["article", "济宁推行社区议事会制度"],
      ["note", "责任编辑 李华 美术编辑 周明"],
    ]);
    expect(reading.warnings).toEqual([]);
  });
});

describe("readPage on a file with CRLF line ends", () => {
  it("should read it exactly as the same file with LF line ends", () => {
    const crlf = page("crlf");
    expect(crlf).toContain("\r\n");
    const reading = readPage(crlf);
    expect(reading).toEqual(readPage(crlf.replace(/\r\n/g, "\n")));
    expect(reading.items.map((i) => i.headline)).toEqual(["泰安新增两处城市书房", "济宁举行春季招商推介会"]);
    expect(reading.items[0]!.blocks[0]!.text).toBe(
      "近日，泰安市新建的两处城市书房正式对外开放，为市民提供免费阅读和自习空间。",
    );
  });
});

describe("readPage on every own page", () => {
  it.each([
    "before-body",
    "after-body",
    "dateline-credit",
    "wire",
    "briefs",
    "long-note",
    "english-ocr",
    "crlf",
  ])("should keep every character of %s in exactly one field", (name) => {
    const text = page(name);
    expect(account(text, readPage(text))).toEqual({ lost: [], invented: [] });
  });
});

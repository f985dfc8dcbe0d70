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

  it("should keep the closing editor's note apart from the wire item above it", () => {
    expect(items).toHaveLength(4);
    expect(items[3]).toMatchObject({
      kind: "note",
      headline: null,
      byline: null,
      lines: { first: 34, last: 34 },
    });
    expect(items[3]!.blocks).toEqual([
      { type: "p", text: "编者按：本版今起开设“一线见闻”专栏，讲述基层干部群众的奋斗故事，敬请关注。" },
    ]);
    expect(items[2]!.blocks).toHaveLength(1);
  });

  it("should keep every character of the page", () => {
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });
});

/** A short before-body article that the editors' notes and the briefs below follow. */
const STORY = [
  "春季植树活动启动",
  "",
  "  □ 本报记者 刘芳",
  "  本报讯 4月1日，市区各街道组织志愿者开展义务植树活动。",
];

describe("readPage on editors' notes and remarks on the page", () => {
  it("should read an editor's note at the top of a before-body page, over two paragraphs, as one note", () => {
    const reading = readPage(
      [
        "  【编者按】本版今起开设“一线见闻”专栏。",
        "  讲述基层干部群众的奋斗故事，敬请关注。",
        "",
        ...STORY,
      ].join("\n"),
    );
    expect(reading.items.map((i) => [i.kind, i.headline, i.blocks.length])).toEqual([
      ["note", null, 2],
      ["article", "春季植树活动启动", 1],
    ]);
  });

  it("should keep an editor's note printed right under a headline with its article", () => {
    const reading = readPage(
      [
        "春季植树活动启动",
        "",
        "  编者按：植树节前后，本报记者走进社区。",
        "  □ 本报记者 刘芳",
        STORY[3],
      ].join("\n"),
    );
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]).toMatchObject({ byline: "本报记者 刘芳", dateline: "本报讯" });
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "编者按：植树节前后，本报记者走进社区。",
      "4月1日，市区各街道组织志愿者开展义务植树活动。",
    ]);
  });

  it("should keep a remark on the whole page apart from the last article before it", () => {
    const reading = readPage([...STORY, "  （本版图片均由本报记者 刘芳 摄）"].join("\n"));
    expect(reading.items.map((i) => [i.kind, i.blocks.map((b) => b.text)])).toEqual([
      ["article", ["4月1日，市区各街道组织志愿者开展义务植树活动。"]],
      ["note", ["（本版图片均由本报记者 刘芳 摄）"]],
    ]);
  });

  it("should not take 编后 inside a sentence for an editor's note", () => {
    const reading = readPage([...STORY, "  编后发现问题要及时整改。"].join("\n"));
    expect(reading.items).toHaveLength(1);
  });
});

describe("readPage on an after-body page closing with a photo credit for the page", () => {
  const text = page("after-body-photo-note");
  const reading = readPage(text);

  it("should read both articles and the page's photo credit as a note", () => {
    expect(reading.headlinePosition).toBe("after-body");
    expect(reading.items.map((i) => [i.kind, i.headline, i.subtitle, i.byline, i.place])).toEqual([
      ["article", "大项目建设跑出“加速度”", "——城东新区重点项目建设见闻", "本报记者 梁晨", null],
      ["article", "春耕时节农事忙", null, "本报记者 韩雪 通讯员 马超", "滨州"],
      ["note", null, null, null, null],
    ]);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "4月3日，在城东新区的一处建设工地上，塔吊林立，机器轰鸣。“项目一期主体已经完工，预计年底投入使用。”项目负责人介绍。",
      "据了解，该项目总投资12亿元，建成后可新增就业岗位3000余个。",
    ]);
    expect(reading.warnings).toEqual([]);
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

describe("readPage on a page that puts each paragraph on one line, with no indents or blank lines", () => {
  const text = page("one-line-paragraphs");
  const reading = readPage(text);
  const items = reading.items;

  it("should read headline, byline and body that follow each other with no blank line", () => {
    expect(reading.headlinePosition).toBe("before-body");
    // Two short clauses over a dateline are one headline wrapped where a phrase ends, as the
    // national daily's 陕西专门立法 / 加强黄帝陵保护 is.
    expect(items.slice(0, 2).map((i) => [i.kicker, i.headline, i.byline, i.dateline])).toEqual([
      [null, "市政府召开常务会议研究部署春季农业生产工作", "本报记者 周建国", "本报讯"],
      [null, "老旧小区改造惠及两万户", "本报记者 钱丽 通讯员 孙伟", "本报讯"],
    ]);
  });

  it("should end a paragraph at each line that ends a sentence, and join an occasional wrap", () => {
    expect(items[0]!.blocks.map((b) => b.text)).toEqual([
      "4月8日，市政府召开第27次常务会议，研究部署春季农业生产、森林防灭火等工作。",
      "会议指出，今年以来全市春播进度快于往年，小麦长势总体偏好。要抓好田间管理，确保粮食面积稳定在680万亩以上。",
      "会议强调，当前正值森林防火关键期，各级各部门要压紧压实责任，严防死守。",
    ]);
    expect(items[1]!.blocks.slice(0, 2).map((b) => b.text)).toEqual([
      "今年，我市计划改造老旧小区126个，涉及居民2.1万户，总投资约9.8亿元。目前已有43个小区开工。",
      "“楼道亮了，路也平了，住着舒心多了。”家住建设路小区的张大爷说。",
    ]);
  });

  it("should read the letter-spaced section label and the bulleted briefs under it as one item of their own", () => {
    expect(items).toHaveLength(3);
    expect(items[1]!.blocks).toHaveLength(2);
    expect(items[2]).toMatchObject({
      kind: "article",
      headline: "短讯",
      byline: null,
      lines: { first: 12, last: 14 },
    });
    expect(items[2]!.blocks).toEqual([
      { type: "p", text: "●4月7日，市图书馆“全民阅读月”活动启动。（记者 吴敏）" },
      { type: "p", text: "●我市新增3家国家级专精特新“小巨人”企业。（记者 郑强）" },
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("should keep every character of the page", () => {
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });
});

describe("readPage on bulleted briefs", () => {
  const briefs = [
    "  ●市图书馆“全民阅读月”活动启动。（记者 吴敏）",
    "  ●我市新增3家“小巨人”企业。（记者 郑强）",
  ];

  it("should keep briefs with no label apart from the article above them, as a note", () => {
    const reading = readPage([...STORY, ...briefs].join("\n"));
    expect(reading.items.map((i) => [i.kind, i.headline, i.blocks.length])).toEqual([
      ["article", "春季植树活动启动", 1],
      ["note", null, 2],
    ]);
  });

  it("should head briefs with their label on a page that prints headlines after the bodies", () => {
    const reading = readPage(
      [
        "  □ 本报记者 刘芳",
        "  本报讯 4月1日，市区各街道组织志愿者开展义务植树活动。",
        "",
        "春季植树活动启动",
        "",
        "简 讯",
        ...briefs,
      ].join("\n"),
    );
    expect(reading.headlinePosition).toBe("after-body");
    expect(reading.items.map((i) => [i.kind, i.headline, i.blocks.length])).toEqual([
      ["article", "春季植树活动启动", 1],
      ["article", "简讯", 2],
    ]);
  });

  it("should leave a bulleted list without credits inside its article", () => {
    const reading = readPage(
      [...STORY, "  主要措施有三项", "  ●建立志愿服务积分制度。", "  ●完善苗木养护责任制。"].join("\n"),
    );
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "4月1日，市区各街道组织志愿者开展义务植树活动。",
      "主要措施有三项",
      "●建立志愿服务积分制度。",
      "●完善苗木养护责任制。",
    ]);
  });
});

describe("readPage on unindented text set in a steady column with no blank lines", () => {
  it("should end a paragraph at a sentence end short of the column, not at one that fills it", () => {
    const reading = readPage(
      [
        "春季植树活动启动",
        "□ 本报记者 刘芳",
        "本报讯 4月1日，市区各街道组织志愿者开展",
        "义务植树活动，共栽植各类苗木3000余株。",
        "志愿者们挥锹铲土、扶苗培土，干得热火朝天。",
        "活动现场一片欢腾。",
        "“每年都来种几棵树，心里特别踏实。”退休",
        "教师张玉兰说，她已经连续十年参加植树。",
      ].join("\n"),
    );
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "4月1日，市区各街道组织志愿者开展义务植树活动，共栽植各类苗木3000余株。志愿者们挥锹铲土、扶苗培土，干得热火朝天。活动现场一片欢腾。",
      "“每年都来种几棵树，心里特别踏实。”退休教师张玉兰说，她已经连续十年参加植树。",
    ]);
  });
});

describe("readPage on page furniture and section names", () => {
  it("should keep a running head on the first line and the editor's line at the foot as notes of their own", () => {
    const reading = readPage(page("running-head"));
    expect(reading.headlinePosition).toBe("before-body");
    expect(reading.items.map((i) => [i.kind, i.headline, i.blocks[0]!.text])).toEqual([
      ["note", null, "2025年4月8日 星期二 第3版 要闻"],
      [
        "article",
        "春季植树活动启动",
        "4月1日，市区各街道组织志愿者开展义务植树活动，共栽植各类苗木3000余株。",
      ],
      ["article", "老旧小区改造惠及两万户", "今年，我市计划改造老旧小区126个。"],
      ["note", null, "责任编辑 张三"],
    ]);
    expect(reading.warnings).toEqual([]);
  });

  it("should read a section name alone at the top of an after-body page as a note, not as an empty article", () => {
    const text = page("after-body-section-name");
    const reading = readPage(text);
    expect(reading.headlinePosition).toBe("after-body");
    expect(reading.items.map((i) => [i.kind, i.headline, i.byline])).toEqual([
      ["note", null, null],
      ["article", "春季植树活动启动", "本报记者 刘芳"],
      ["article", "老旧小区改造惠及两万户", "本报记者 钱丽"],
    ]);
    expect(reading.items[0]!.blocks).toEqual([{ type: "p", text: "要闻" }]);
    expect(reading.warnings).toEqual([]);
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });
});

describe("readPage on articles that print the reporter's credit at their end", () => {
  const text = page("closing-credits");
  const reading = readPage(text);

  it("should take a closing credit, on its own line or after the last sentence, as the byline", () => {
    expect(reading.items.map((i) => [i.headline, i.byline, i.reporters])).toEqual([
      ["春季植树活动启动", "（本报记者 刘芳）", ["刘芳"]],
      ["老旧小区改造惠及两万户", "（记者 钱丽）", ["钱丽"]],
    ]);
    expect(reading.items[0]!.blocks.map((b) => b.text)).toEqual([
      "4月1日，市区各街道组织志愿者开展义务植树活动，共栽植各类苗木3000余株。",
      "活动现场，志愿者们挥锹铲土、扶苗培土，干得热火朝天。",
    ]);
    expect(reading.items[1]!.blocks.map((b) => b.text)).toEqual([
      "今年，我市计划改造老旧小区126个，涉及居民2.1万户，总投资约9.8亿元。目前已有43个小区开工。",
    ]);
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });

  it("should leave a closing photo credit or a remark such as （完） in the text", () => {
    const story = ["春季植树活动启动", "", "  本报讯 4月1日，市区各街道组织志愿者开展义务植树活动。"];
    for (const closing of ["  （本报记者 刘芳 摄）", "  （完）"]) {
      const reading = readPage([...story, closing].join("\n"));
      expect(reading.items[0]!.byline).toBeNull();
      expect(reading.items[0]!.blocks.at(-1)!.text).toBe(closing.trim());
    }
  });
});

describe("readPage on a page with centred headlines, ideographic indents and a photo caption with its credit", () => {
  const text = page("centred-photo-caption");
  const reading = readPage(text);

  it("should read the caption with its inline credit as text, and the centred headline after it as a headline", () => {
    expect(reading.items.map((i) => [i.headline, i.subtitle, i.byline, i.dateline])).toEqual([
      ["以科技创新引领新质生产力发展", "——来自江苏制造业一线的观察", "本报记者 王伟 李娜", null],
      ["图片新闻", null, null, null],
      ["外贸“开门红”彰显发展韧性", null, "（记者罗珊珊）", "本报北京4月8日电"],
    ]);
    expect(reading.items[0]!.reporters).toEqual(["王伟", "李娜"]);
    expect(reading.items[1]!.blocks).toEqual([
      { type: "p", text: "4月7日，游客在江苏南京玄武湖公园赏花。 新华社记者 李 博摄" },
    ]);
    expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  });
});

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
    // No line opens with a comma or a stop: the character before it comes down with it.
    const take = "，。、；：！？”".includes(chars[at + room] ?? "") ? room - 1 : room;
    lines.push(chars.slice(at, at + take).join(""));
    at += take;
    room = width;
  }
  return lines;
}

/** The same paragraph set with its indent: two ideographic spaces open its first line. */
function indented(text: string): string[] {
  return justified(text, 20).map((l, i) => (i === 0 ? `\u3000\u3000${l}` : l));
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

describe("readPage on PDF text whose paragraph indents were dropped", () => {
  const head = ["便民服务进小区", "□ 本报记者 李 四"];
  const q1 =
    "社区工作人员介绍，服务站配备了自助终端和专职人员，每天早上八点开门，晚上八点关门，周末也不休息。开门第一周，前来办理业务的居民就有三百多人次，其中大多是上了年纪的老人。";
  const q2 =
    "家住三楼的王大爷说，以前办一件事要跑好几趟，坐公交车来回要一个多小时，遇上排队还得再等半天。现在下楼就能办好，省心又省力，邻居们都说这件事办到了大家心坎上。";
  const q3 =
    "下一步，街道还将在更多小区设立服务站，把社保、医保、户籍等高频事项放到群众家门口办理，并开通预约上门服务，让行动不便的老人足不出户也能把事办成。";
  // Its first sentence fills the first line exactly, short of the column by the lost indent.
  const oneSentenceLine =
    "街道把便民服务站开进了居民小区楼下。老人们出门走几步就能办理社保认证和水电缴费，再也不用跑到几公里外的办事大厅排队了，不少人专门来服务站里坐一坐、问一问。";
  const set = (...paragraphs: string[]): string[] => paragraphs.flatMap((p) => justified(p, 20));

  it("should read a headline closed by its column tag, as wide as the column, over a first line", () => {
    const headline = "先孕检，怀孕不录用，合法吗？（以案说法）";
    expect(Array.from(headline)).toHaveLength(20);
    const page = [...set(q1, q2), headline, ...set(q3, q1)].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((item) => item.headline)).toContain(headline);
  });

  it("should run a paragraph on where its first line ends a sentence and the next line fills the column", () => {
    expect(justified(oneSentenceLine, 20)[0]).toMatch(/。$/u);
    const page = [...head, ...set(q1, oneSentenceLine, q2, q3)].join("\n");
    expect(readPage(page).items[0]!.blocks.map((b) => b.text)).toEqual([q1, oneSentenceLine, q2, q3]);
  });

  it("should start a paragraph after a full line that ends a sentence, when the first line runs on past a column break", () => {
    const full =
      "社区工作人员介绍，服务站配备了自助终端和专职人员，每天早上八点开门，晚上八点关门，周末也不休息。开门第一周，前来办理业务的居民就有三百多人次，其中大多是上了年纪的老人，不少人头一回用上自助终端。";
    expect(justified(full, 20).at(-1)).toMatch(/^.{19,20}$/u);
    const [first, ...rest] = justified(q2, 20);
    const page = [...head, ...set(q1, full), first!, "", ...rest, ...set(q3)].join("\n");
    expect(readPage(page).items[0]!.blocks.map((b) => b.text)).toEqual([q1, full, q2, q3]);
  });

  it("should run a paragraph on past a column break when the line after it fills the column", () => {
    const q4 =
      "记者在服务站看到，自助终端前排起了短队，工作人员正在一旁耐心指导老人们操作。有的老人第一次用上智能设备，一时找不到按键，工作人员便手把手地教。不一会儿，老人就办完了社保认证。";
    const lines = justified(q4, 20);
    expect(lines[1]).toMatch(/。$/u);
    const page = [...head, ...set(q1, q2), ...lines.slice(0, 2), "", ...lines.slice(2), ...set(q3)].join(
      "\n",
    );
    expect(readPage(page).items[0]!.blocks.map((b) => b.text)).toEqual([q1, q2, q4, q3]);
  });

  it("should run a paragraph on where a line was left short for a Latin word that did not fit on it", () => {
    const lines = [
      "今年以来国产大模型应用纷纷走红，近期",
      "深受年轻人关注的一款国产产品名叫",
      "",
      "（DeepSeek），上线不到一个月，用户就",
      "超过了一亿。",
    ];
    const page = [...head, ...set(q1, q2), ...lines, ...set(q3)].join("\n");
    const blocks = readPage(page).items[0]!.blocks.map((b) => b.text);
    expect(blocks).toEqual([q1, q2, lines.join(""), q3]);
  });

  it("should start a paragraph on a first line short by the indent and a character pushed down", () => {
    const question = "走访中，记者问了不少企业老板同一个问题：今年的外贸生意，到底还好不好做呢？";
    const answer = ["“出口到海外的生意，今年真不好做", "了。”不少企业这样告诉记者。"];
    expect(justified(question, 20).at(-1)).toMatch(/^.{19,20}$/u);
    const page = [...head, ...set(q1, q2, question), ...answer, ...set(q3)].join("\n");
    expect(readPage(page).items[0]!.blocks.map((b) => b.text)).toEqual([
      q1,
      q2,
      question,
      answer.join(""),
      q3,
    ]);
  });

  it("should end a lead that closes on a phrase without a stop, on a line far short of the column", () => {
    const lead = "县城是推进城乡融合发展的关键一环，随着新型城镇化深入实施，一座座小城正在蕴藏新的发展机遇";
    const page = [...head, ...set(lead, q1, q2, q3)].join("\n");
    expect(readPage(page).items[0]!.blocks.map((b) => b.text)).toEqual([lead, q1, q2, q3]);
  });

  it("should read headings between paragraphs, alone, stacked or wrapped, as subheads", () => {
    const wrapped = ["推进政务服务事项网上办掌上办就近办理全覆", "盖"];
    // A heading leading on with a dash, stacked over a heading that wraps.
    const longer = ["把更多服务送到群众家门口，让老人少跑腿、", "好办事、更省心"];
    const page = [
      ...head,
      ...set(q1, q2),
      "优化服务流程",
      ...set(q3),
      "群众办事更省心",
      "窗口服务有温度",
      ...set(q1, q2),
      ...wrapped,
      ...set(q3),
      "谈下一步打算——",
      ...longer,
      ...set(q1),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks).toEqual([
      { type: "p", text: q1 },
      { type: "p", text: q2 },
      { type: "subhead", text: "优化服务流程" },
      { type: "p", text: q3 },
      { type: "subhead", text: "群众办事更省心" },
      { type: "subhead", text: "窗口服务有温度" },
      { type: "p", text: q1 },
      { type: "p", text: q2 },
      { type: "subhead", text: wrapped.join("") },
      { type: "p", text: q3 },
      { type: "subhead", text: "谈下一步打算——" },
      { type: "subhead", text: longer.join("") },
      { type: "p", text: q1 },
    ]);
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

  it("should read a shorter phrase with figures under a whole headline as its subtitle, not as the headline under a kicker", () => {
    for (const [lines, group] of [
      [
        ["山城给出租车司机免费做体检", "受益司机超三万人"],
        { kicker: null, headline: "山城给出租车司机免费做体检", subtitle: "受益司机超三万人" },
      ],
      [
        ["山城夜间公交线路", "增至120条"],
        { kicker: null, headline: "山城夜间公交线路增至120条", subtitle: null },
      ],
      [
        ["老城区居民自发组织巡逻队守护街巷安宁", "夜色里的守护者"],
        { kicker: "老城区居民自发组织巡逻队守护街巷安宁", headline: "夜色里的守护者", subtitle: null },
      ],
    ] as const) {
      const page = [...lines, "□ 本报记者 张三", ...body].join("\n");
      expect(readPage(page).items[0]).toMatchObject(group);
    }
  });

  it("should read a line ending with an ellipsis over a headline as its kicker, after a finished paragraph too", () => {
    const group = ["夜班、早班、加班……", "", "深夜回家的路，", "", "不再难走（城市观察）"];
    for (const before of [[], [...justified(P3, 20), ""]]) {
      const page = [...before, ...group, "□ 本报记者 张三", ...body].join("\n");
      expect(readPage(page).items.at(-1)).toMatchObject({
        kicker: "夜班、早班、加班……",
        headline: "深夜回家的路，不再难走（城市观察）",
      });
    }
  });

  it("should join a headline broken after a comma, an open bracket or before its tag on a line of its own", () => {
    for (const [lines, headline] of [
      [["夜线开通了，", "回家不再难"], "夜线开通了，回家不再难"],
      [["夜线开通惠民生（", "城市观察）"], "夜线开通惠民生（城市观察）"],
      [["夜线开通惠民生", "", "（城市观察）"], "夜线开通惠民生（城市观察）"],
      // Wrapped at the column's width, before a line closing with its column tag.
      [
        ["山城公交夜线开通以来，深夜回家的那条路、", "不再难走（城市观察）"],
        "山城公交夜线开通以来，深夜回家的那条路、不再难走（城市观察）",
      ],
    ] as const) {
      const page = [...lines, "", "□ 本报记者 张三", "", ...body].join("\n");
      expect(readPage(page).items[0]!.headline).toBe(headline);
    }
  });
  it("should join a headline that a column break cut before a closing quote or a comma", () => {
    for (const [lines, headline] of [
      [["夜线“开通”与“延长", "", "”，市民出行更方便"], "夜线“开通”与“延长”，市民出行更方便"],
      [["夜线开通了", "", "，回家还难吗？（城市观察）"], "夜线开通了，回家还难吗？（城市观察）"],
    ] as const) {
      const page = [...lines, "", "□ 本报记者 张三", "", ...body].join("\n");
      expect(readPage(page).items[0]!.headline).toBe(headline);
    }
  });
});

describe("readPage on the ends and heads of articles", () => {
  it("should keep a staff line (版式设计：…) with the article above, never in the next headline", () => {
    const page = [
      "城市更新要有温度",
      "□ 本报记者 张三",
      ...justified(P2, 20),
      "版式设计：李 四",
      "",
      "山城公交夜线延长",
      "□ 本报记者 王五",
      ...justified(P3, 20),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((item) => item.headline)).toEqual(["城市更新要有温度", "山城公交夜线延长"]);
    expect(reading.items[0]!.blocks.at(-1)).toEqual({ type: "p", text: "版式设计：李 四" });
  });

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
    for (const head of [
      ["城市更新要有温度（短评）"],
      ["城市更新要有温度", "（短评）"],
      ["老城区的故事", "城市更新要有温度"],
    ]) {
      // Under a group of two lines, a two-character name spaced out as bylines are set.
      const name = head.length === 2 && !head[1]!.startsWith("（") ? "王 明" : "王晓明";
      const page = [...justified(P1, 20), ...head, name, ...justified(P2, 20)].join("\n");
      expect(readPage(page).items.at(-1)).toMatchObject({
        byline: name.replace(" ", ""),
        reporters: [name.replace(" ", "")],
      });
    }
  });

  it("should read bare names under a kicker and headline as the byline, with a blank line before the story", () => {
    const page = [
      "老城区居民守护街巷安宁——",
      "夜色里的守护者",
      "王晓明 李 四",
      "",
      ...justified(P2, 20),
    ].join("\n");
    expect(readPage(page).items[0]).toMatchObject({
      kicker: "老城区居民守护街巷安宁——",
      headline: "夜色里的守护者",
      reporters: ["王晓明", "李四"],
    });
  });

  it("should never read a photographer's credit on a line of its own as a headline", () => {
    const page = [
      "夜色里的守护者",
      "□ 本报记者 张三",
      "",
      "巡逻队员走过老街。",
      "",
      "李小明摄（影像中国）",
      "",
      ...justified(P2, 20),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((item) => item.headline)).toEqual(["夜色里的守护者"]);
  });

  it("should not read a paragraph's last lines that run the column's width to an exclamation as a headline", () => {
    const page = [
      "夜色里的守护者",
      "□ 本报记者 张三",
      ...indented(P1),
      "\u3000\u3000去年冬天，老队长在巡逻路上摔伤住院。",
      "居民听说后急得不行，提着水果去看他，“您",
      "可得快点好起来！”",
      ...indented(P3),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks.map((b) => b.type)).toEqual(["p", "p", "p"]);
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
      ...indented(P2),
      "夜线开通后的新变化",
      ...indented(P3),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items).toHaveLength(1);
    expect(reading.items[0]!.blocks).toEqual([
      { type: "p", text: P2 },
      { type: "subhead", text: "夜线开通后的新变化" },
      { type: "p", text: P3 },
    ]);
  });

  it("should read a heading leading on with a dash, an editors' signature and a closing source line as subheads", () => {
    const page = [
      "夜色里的守护者",
      "□ 本报记者 张三",
      ...indented(P1),
      "\u3000\u3000——编  者",
      ...indented(P2),
      "\u3000\u3000市民们这样说——",
      ...indented(P3),
      "\u3000\u3000资料来源：市交通运输局",
      "",
      "山城公交夜线延长",
      "□ 本报记者 李四",
      ...indented(P2),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((item) => item.headline)).toEqual(["夜色里的守护者", "山城公交夜线延长"]);
    expect(reading.items[0]!.blocks).toEqual([
      { type: "p", text: P1 },
      { type: "subhead", text: "——编 者" },
      { type: "p", text: P2 },
      { type: "subhead", text: "市民们这样说——" },
      { type: "p", text: P3 },
      { type: "subhead", text: "资料来源：市交通运输局" },
    ]);
  });

  it("should read a caption line under the byline, and a staff line right above the next headline, as subheads", () => {
    const page = [
      "夜色里的守护者",
      "□ 本报记者 张三",
      "\u3000\u3000资料照片",
      ...indented(P1),
      ...indented(P2),
      "\u3000\u3000版式设计：李 四",
      "山城公交夜线延长",
      "□ 本报记者 王五",
      ...indented(P3),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((item) => item.headline)).toEqual(["夜色里的守护者", "山城公交夜线延长"]);
    expect(reading.items[0]!.blocks).toEqual([
      { type: "subhead", text: "资料照片" },
      { type: "p", text: P1 },
      { type: "p", text: P2 },
      { type: "subhead", text: "版式设计：李 四" },
    ]);
  });

  it("should read a crosshead wrapped inside a quote, or where a mark pulled a character down, as one subhead", () => {
    for (const heading of [
      ["“夜线开通以来，", "回家的路，不再难走了”"],
      ["夜线开通以来回家的", "路，不再像从前那样难走了"],
    ]) {
      const page = ["夜色里的守护者", "□ 本报记者 张三", ...indented(P2), ...heading, ...indented(P3)];
      const reading = readPage(page.join("\n"));
      expect(reading.items).toHaveLength(1);
      expect(reading.items[0]!.blocks).toContainEqual({ type: "subhead", text: heading.join("") });
    }
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

describe("readPage on news reports whose headlines follow them, paragraphs set apart by blank lines", () => {
  it("should read a headline as wide as the column right under its report, and the next report's dateline", () => {
    const first = "本报重庆3月5日电（记者张三）山城重庆的夜晚，公交车依旧穿行在大街小巷之间。";
    const headline = "山城公交夜线延长至凌晨两点";
    const page = [
      "",
      ...justified(first, 13).map((l) => l.replace(/^\u3000+/u, "")),
      headline,
      "",
      "本报成都3月5日电（记者李四）",
      ...justified(P3, 13),
      "成都地铁增开夜间班次",
    ].join("\n");
    expect(Array.from(headline)).toHaveLength(13);
    const reading = readPage(page);
    expect(reading.items.map((item) => [item.headline, item.place])).toEqual([
      [headline, "重庆"],
      ["成都地铁增开夜间班次", "成都"],
    ]);
  });
});

describe("readPage on a dateline after a blank line", () => {
  it("should open a new story there, even after a line that is no finished sentence", () => {
    const page = [
      "山城公交夜线延长",
      "",
      ...justified(`本报重庆3月5日电（记者张三）${P1}`, 20),
      "",
      // A caption's last line, as wide as the column, that no stop closes.
      "夜色正浓。图为夜间公交车驶过解放碑商圈",
      "",
      ...justified(`本报成都3月5日电（记者李四）${P3}`, 20),
    ].join("\n");
    const reading = readPage(page);
    expect(reading.items.map((item) => item.dateline)).toEqual(["本报重庆3月5日电", "本报成都3月5日电"]);
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

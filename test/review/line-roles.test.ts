import { describe, expect, it } from "vitest";
import type { Item } from "../../src/read/types.js";
import { lineRoles } from "../../src/review/line-roles.js";

const ITEM: Item = {
  kind: "article",
  kicker: null,
  headline: "聊城乡村振兴有能人",
  subtitle: null,
  byline: "本报记者 孙亚飞",
  reporters: ["孙亚飞"],
  correspondents: [],
  dateline: "本报聊城讯",
  place: "聊城",
  blocks: [{ type: "p", text: "本报聊城讯 3月10日上午，一头头刚刚吃饱的鲁西黑头羊走出羊舍。" }],
  lines: { first: 2, last: 7 },
};

describe("lineRoles", () => {
  it("should give each line the role it was read in, and name the lines left out", () => {
    const text = [
      "@@headlines before",
      "聊城乡村振兴有能人",
      "",
      "□本报记者 孙亚飞",
      "  本报聊城讯 3月10日上午，一头头刚刚吃",
      "聊城日报 2025年3月17日 星期一",
      "饱的鲁西黑头羊走出羊舍。",
    ].join("\n");
    const lines = lineRoles(text, { headlinePosition: "before-body", items: [ITEM], warnings: [] });
    expect(lines.map((l) => `${l.no} ${l.role}`)).toEqual([
      "1 directive",
      "2 headline",
      "3 blank",
      "4 byline",
      "5 dateline",
      "6 left out",
      "7 paragraph",
    ]);
  });
});

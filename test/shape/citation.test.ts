import { describe, expect, it } from "vitest";
import { gbt7714Text, plainCitation, type CitationRecord } from "../../src/shape/citation.js";
import { uiStrings } from "../../src/shape/i18n.js";

const base: CitationRecord = {
  title: "“五育融合”，构建新时代育人体系",
  subtitle: null,
  authors: ["薛良诚", "刘淑娟", "罗珂"],
  newspaper: "聊城日报",
  publisher: null,
  isoDate: "2025-03-17",
  displayDate: "2025年3月17日",
  issueNumber: null,
  pageNumber: 5,
  pageName: "聊城新闻",
  url: "https://example.org/2025/03/17/5/3/",
  language: "zh-CN",
  description: "",
};

describe("gbt7714", () => {
  it("should cite an online newspaper article as 作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. URL.", () => {
    expect(gbt7714Text(base, "2026-12-01")).toBe(
      "薛良诚, 刘淑娟, 罗珂. “五育融合”，构建新时代育人体系[N/OL]. 聊城日报, 2025-03-17(5)[2026-12-01]. " +
        "https://example.org/2025/03/17/5/3/.",
    );
  });

  it("should list three authors, then 等", () => {
    expect(gbt7714Text({ ...base, authors: ["甲", "乙", "丙", "丁"] }, "x")).toMatch(/^甲, 乙, 丙, 等\. /);
    expect(gbt7714Text({ ...base, language: "en", authors: ["A", "B", "C", "D"] }, "x")).toMatch(
      /^A, B, C, et al\. /,
    );
  });

  it("should leave out the author part when nobody signed, and add a subtitle after a colon", () => {
    expect(gbt7714Text({ ...base, authors: [], subtitle: "闫寺实验学校" }, "引用日期")).toBe(
      "“五育融合”，构建新时代育人体系：闫寺实验学校[N/OL]. 聊城日报, 2025-03-17(5)[引用日期]. https://example.org/2025/03/17/5/3/.",
    );
  });
});

describe("plainCitation", () => {
  it("should name the newspaper, the date and the page, and end with the permalink", () => {
    expect(plainCitation(uiStrings("zh-CN"), base)).toBe(
      "薛良诚、刘淑娟、罗珂：《“五育融合”，构建新时代育人体系》，《聊城日报》2025年3月17日第5版。https://example.org/2025/03/17/5/3/",
    );
  });
});

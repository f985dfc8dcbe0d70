import { describe, expect, it } from "vitest";
import { gbt7714 } from "../../src/shape/citation.js";

const base = {
  title: "“五育融合”，构建新时代育人体系",
  subtitle: null,
  newspaper: "聊城日报",
  isoDate: "2025-03-17",
  pageNumber: 5,
  chinese: true,
};

describe("gbt7714", () => {
  it("should cite a newspaper article as 作者. 题名[N]. 报纸名, 出版日期(版次).", () => {
    expect(gbt7714({ ...base, authors: ["薛良诚", "刘淑娟", "罗珂"] })).toBe(
      "薛良诚, 刘淑娟, 罗珂. “五育融合”，构建新时代育人体系[N]. 聊城日报, 2025-03-17(5).",
    );
  });

  it("should list three authors, then 等", () => {
    expect(gbt7714({ ...base, authors: ["甲", "乙", "丙", "丁"] })).toMatch(/^甲, 乙, 丙, 等\. /);
    expect(gbt7714({ ...base, chinese: false, authors: ["A", "B", "C", "D"] })).toMatch(/^A, B, C, et al\. /);
  });

  it("should leave out the author part when nobody signed, and add a subtitle after a colon", () => {
    expect(gbt7714({ ...base, authors: [], subtitle: "闫寺实验学校" })).toBe(
      "“五育融合”，构建新时代育人体系: 闫寺实验学校[N]. 聊城日报, 2025-03-17(5).",
    );
  });
});

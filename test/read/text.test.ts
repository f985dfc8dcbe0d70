import { describe, expect, it } from "vitest";
import { joinLines, repairSpaces } from "../../src/read/text.js";

describe("joinLines", () => {
  it("should join Chinese lines with nothing between them", () => {
    expect(joinLines(["今年计划新建口袋", "公园三十处。"], false)).toBe("今年计划新建口袋公园三十处。");
  });

  it("should put a space between Latin words but not inside numbers, in Chinese text", () => {
    expect(joinLines(["发布了新款Model", "Y车型，售价13", "5000元"], false)).toBe(
      "发布了新款Model Y车型，售价135000元",
    );
  });

  it("should join English lines with a space and rejoin a word hyphenated at the line end", () => {
    expect(joinLines(["the new wharf would be com-", "pleted before", "the summer."], true)).toBe(
      "the new wharf would be completed before the summer.",
    );
  });

  it("should keep a hyphen before a capital letter or a digit, joined to what follows", () => {
    expect(joinLines(["the Anglo-", "French treaty of 1904-", "1905 at New-", "York"], true)).toBe(
      "the Anglo-French treaty of 1904-1905 at New-York",
    );
  });
});

describe("repairSpaces", () => {
  it.each([
    ["市值近4 0 0 亿元", "市值近400亿元"],
    ["引进人才2 .7万人", "引进人才2.7万人"],
    ["增收致富。 2 0 2 1年", "增收致富。2021年"],
    ["占比超过4 0 %，", "占比超过40%，"],
  ])("should remove layout spaces in numbers: %s", (text, repaired) => {
    expect(repairSpaces(text, true)).toBe(repaired);
  });

  it.each(["“智链医脉 新启未来”", "新款Model Y车型", "3月13日 上午"])(
    "should keep spaces that belong to the text: %s",
    (text) => {
      expect(repairSpaces(text, true)).toBe(text);
    },
  );

  it("should close up Chinese text that OCR letter-spaced, numbers and all", () => {
    expect(repairSpaces("今 天 ， 市 政 府 召 开 常 务 会 议 ，研 究 部 署 1 2 项 工 作 。", true)).toBe(
      "今天，市政府召开常务会议，研究部署12项工作。",
    );
    expect(repairSpaces("坚持创新驱动 推动高质量发展 共 建 美 好 家 园", true)).toBe(
      "坚持创新驱动 推动高质量发展 共 建 美 好 家 园",
    );
  });

  it("should collapse runs of spaces, ideographic ones too, and trim", () => {
    expect(repairSpaces(" 春天\u3000\u3000来了  ", true)).toBe("春天 来了");
    expect(repairSpaces("In  1 9 0 4 the", false)).toBe("In 1 9 0 4 the");
  });
});

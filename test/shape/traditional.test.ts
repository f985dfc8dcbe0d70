import { describe, expect, it } from "vitest";
import { traditionalTarget } from "../../src/shape/traditional.js";
import { uiStrings } from "../../src/shape/i18n.js";
import { searchStrings } from "../../src/search/strings.js";

describe("traditionalTarget", () => {
  it("should write Traditional for Taiwan, Hong Kong, Macao and Hant tags, Simplified otherwise", () => {
    expect(["zh-TW", "zh-Hant-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-hant"].map(traditionalTarget)).toEqual([
      "twp",
      "twp",
      "hk",
      "hk",
      "tw",
      "tw",
    ]);
    expect(["zh-CN", "zh", "zh-Hans", "zh-Hans-TW", "zh-SG", "en", "ja"].map(traditionalTarget)).toEqual(
      Array(7).fill(null),
    );
  });
});

describe("the interface in Traditional Chinese", () => {
  it("should convert every built-in string with the region's words, and leave Simplified archives alone", () => {
    const tw = uiStrings("zh-TW");
    expect(tw.lang).toBe("zh-TW");
    expect([tw.people, tw.places, tw.searchLabel, tw.permalink, tw.pager]).toEqual([
      "記者與通訊員",
      "地點",
      "搜尋全文",
      "永久連結",
      "前後翻閱",
    ]);
    expect(uiStrings("zh-HK").searchLabel).toBe("搜索全文");
    expect(uiStrings("zh-CN").people).toBe("记者与通讯员");
    expect(searchStrings("zh-Hant").noResults).toBe("沒有找到包含該檢索詞的文章。");
  });

  it("should convert what a string function writes, never the names it is given", () => {
    const tw = uiStrings("zh-TW");
    // 发 would become 發 or 髮 if converted: a name is printed as the paper prints it.
    expect(tw.articlesBy("张发")).toBe("张发的文章");
    expect(tw.feedOf("后羿")).toBe("后羿的文章訂閱（Atom）");
    expect(tw.pageLabel(5, "聊城新闻")).toBe("第5版 聊城新闻");
    expect(
      tw.plainCitation({
        authors: ["薛良诚"],
        title: "聊城乡村振兴有能人",
        subtitle: null,
        newspaper: "聊城日报",
        date: "2025年3月17日",
        pageNumber: 5,
        url: "https://example.org/",
      }),
    ).toBe("薛良诚：《聊城乡村振兴有能人》，《聊城日报》2025年3月17日第5版。https://example.org/");
  });
});

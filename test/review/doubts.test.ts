import { describe, expect, it } from "vitest";
import type { Item, PageReading } from "../../src/read/types.js";
import { pageDoubts } from "../../src/review/doubts.js";
import { lineRoles } from "../../src/review/line-roles.js";

/** An article over `first`–`last` with a headline, a byline and a body of `body` characters. */
function article(
  first: number,
  last: number,
  headline: string,
  body: number,
  byline: string | null = "记者 张三",
): Item {
  return {
    kind: "article",
    kicker: null,
    headline,
    subtitle: null,
    byline,
    reporters: [],
    correspondents: [],
    dateline: null,
    place: null,
    blocks: [{ type: "p", text: "文".repeat(body) }],
    lines: { first, last },
  };
}

const reading = (items: Item[]): PageReading => ({ headlinePosition: "before-body", items, warnings: [] });

/** The page text the items stand for: headline line, byline line, one body line each. */
const text = (items: Item[]): string =>
  items.map((i) => `${i.headline}\n□${i.byline ?? ""}\n  ${i.blocks[0]!.text}`).join("\n");

describe("pageDoubts", () => {
  it("should point to a headline far longer than any other on its page", () => {
    const items = [
      article(1, 3, "聊城乡村振兴有能人", 200),
      article(4, 6, "农资打假护春耕", 200),
      article(7, 9, "市直职工健步走活动举行，全市各单位踊跃参加并取得了良好效果", 200),
    ];
    const doubts = pageDoubts([], reading(items), lineRoles(text(items), reading(items)));
    expect(doubts.map((d) => [d.line, d.code, d.message])).toEqual([
      [
        7,
        "long-headline",
        "a headline of 29 characters, over twice as long as the others on the page: body text may have been read into it",
      ],
    ]);
  });

  it("should point to a very short article, and to the only one without a byline", () => {
    const items = [
      article(1, 3, "聊城乡村振兴有能人", 200),
      article(4, 6, "农资打假护春耕", 12, null),
      article(7, 9, "数字赋能临清重点项目管理", 200),
    ];
    const doubts = pageDoubts([], reading(items), lineRoles(text(items), reading(items)));
    expect(doubts.map((d) => `${d.line} ${d.code}`)).toEqual(["4 lone-unsigned", "4 short-article"]);
    expect(doubts[1]!.fix).toBe(
      "if its headline is body text of the article before, put @@text above it; a caption takes @@note",
    );
  });

  it("should not compare pages of fewer than three articles", () => {
    const items = [article(1, 3, "聊城乡村振兴有能人", 10, null), article(4, 6, "农资打假护春耕", 200)];
    expect(pageDoubts([], reading(items), lineRoles(text(items), reading(items)))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { recordHtml, searchRecord } from "../../src/search/record.js";
import { shapeContext } from "../../src/shape/context.js";
import { listItems } from "../../src/shape/entries.js";
import { fieldNumberTokens, fieldTokens, NUMBERS_START } from "../../src/search/tokens.js";
import { archive, config, issue, item, page } from "./model.js";

const ctx = shapeContext(config);
const entryOf = (it = item(), pageNumber = 5, date = "2025-03-17") =>
  listItems(archive([issue(date, [page(pageNumber, [item({ headline: "前一篇" }), it], "聊城新闻")])]))[1]!;

describe("searchRecord", () => {
  it("should link the item's own page under the path prefix and carry display-ready metadata", () => {
    const record = searchRecord(ctx, entryOf());
    expect(record.url).toBe("/archive/2025/03/17/5/2/");
    expect(record.meta).toEqual({
      title: "聊城乡村振兴有能人",
      date: "2025年3月17日 星期一",
      page: "第5版 聊城新闻",
      byline: "本报记者 孙亚飞 高田",
      dateline: "本报聊城讯",
      // The spaces of the byline are all the indexed text lacks of the printed one.
      printed: JSON.stringify([14, " 孙", 2, " 高"]),
    });
  });

  it("should index Traditional text as its Simplified form and keep the printed form for display", () => {
    const record = searchRecord(ctx, entryOf(item({ headline: "聊城鄉村振興有能人" })));
    expect(record.fields[0]!.tokens).toEqual(fieldTokens("聊城乡村振兴有能人"));
    expect(JSON.parse(record.meta.printed)).toEqual([2, "鄉", 2, "興", 8, " 孙", 2, " 高"]);
  });

  it("should file the item under year, month, reporters, correspondents, place and page", () => {
    const record = searchRecord(ctx, entryOf(item({ correspondents: ["张迪"] })));
    expect(record.filters).toEqual({
      year: ["2025"],
      month: ["2025-03"],
      reporter: ["孙亚飞", "高田"],
      correspondent: ["张迪"],
      place: ["聊城"],
      page: ["5"],
      day: ["2025-03-17"],
    });
  });

  it("should sort oldest first in printed order and newest first by issue, still in printed order", () => {
    const a = searchRecord(ctx, entryOf(item(), 1, "2025-03-17"));
    const b = searchRecord(ctx, entryOf(item(), 5, "2025-03-17"));
    const c = searchRecord(ctx, entryOf(item(), 1, "2025-03-18"));
    expect([c, b, a].map((r) => r.sort.oldest).sort()).toEqual([a, b, c].map((r) => r.sort.oldest));
    expect(
      [a, b, c]
        .map((r) => r.sort.newest)
        .sort()
        .reverse(),
    ).toEqual([c, a, b].map((r) => r.sort.newest));
  });

  it("should weight the headline above the byline and the byline above the body", () => {
    const [headline, byline, dateline, paragraph] = searchRecord(ctx, entryOf()).fields;
    expect(headline!.tokens).toEqual(fieldTokens("聊城乡村振兴有能人"));
    expect(headline!.weight).toBeGreaterThan(byline!.weight);
    expect(byline!.weight).toBeGreaterThan(paragraph!.weight);
    expect(dateline!.bodyStart).toBe(true);
  });

  it("should title a note as its page does: its label, date and page, not a cut sentence", () => {
    const record = searchRecord(
      ctx,
      entryOf(item({ kind: "note", headline: null, byline: null, reporters: [] })),
    );
    expect(record.meta.title).toBe("本版导语 · 2025年3月17日 第5版");
  });
});

describe("recordHtml", () => {
  it("should keep markup in the text as text in Pagefind's metadata and filters", () => {
    const hostile = '<img src=x onerror="alert(1)">聊城"新闻"';
    const html = recordHtml(
      searchRecord(ctx, entryOf(item({ headline: hostile, reporters: ["<b>胡磊</b>"] }))),
    );
    const { document } = parseHTML(html);
    expect(document.querySelectorAll("img, b")).toHaveLength(0);
    expect(document.querySelector('meta[data-pagefind-meta="title[content]"]')?.getAttribute("content")).toBe(
      hostile,
    );
    expect(
      document.querySelector('meta[data-pagefind-filter="reporter[content]"]')?.getAttribute("content"),
    ).toBe("<b>胡磊</b>");
  });

  it("should put only tokens in the indexed body", () => {
    const { document } = parseHTML(recordHtml(searchRecord(ctx, entryOf())));
    const words = (document.querySelector("[data-pagefind-body]")?.textContent ?? "")
      .split(/\s+/)
      .filter(Boolean);
    for (const w of words) expect(w).toMatch(/^(?:[0-9a-g]+|y|z|x|n[0-9p]+q[0-9a-g]+)$/);
  });

  it("should close the record with the number tokens of every field, each once", () => {
    const numbered = item({
      headline: "投资400亿元",
      blocks: [{ type: "p", text: "全年投资400亿元，增长 1 5 %" }],
    });
    const record = searchRecord(ctx, entryOf(numbered));
    expect(record.numbers).toEqual(fieldNumberTokens("投资400亿元").concat(fieldNumberTokens("增长15%")));
    const html = recordHtml(record);
    expect(html).toContain(`<p>${NUMBERS_START} ${record.numbers.join(" ")}</p></div>`);
  });
});

import { describe, expect, it } from "vitest";
import { buildExcerpt, decodeContent, findHits, printedPatch } from "../../src/search/excerpt.js";
import { scriptFold } from "../../src/search/script.js";
import {
  BODY_START,
  FIELD_SEPARATOR,
  fieldNumberTokens,
  fieldTokens,
  NUMBERS_START,
} from "../../src/search/tokens.js";

const fold = scriptFold();

/** A fragment's content as Pagefind writes it for a record: each block ends with a full stop. */
function content(header: string[], body: string[]): string {
  const blocks = [
    ...header.map((text, i) => `${i > 0 ? `${FIELD_SEPARATOR} ` : ""}${fieldTokens(text, fold).join(" ")}`),
    ...body.map(
      (text, i) => `${i === 0 ? BODY_START : FIELD_SEPARATOR} ${fieldTokens(text, fold).join(" ")}`,
    ),
  ];
  return blocks.map((b) => `${b}.`).join(" ");
}

/** A record as the worker reads it: its content, printed patch and whether it has a dateline. */
function decoded(header: string[], body: string[], dateline = false) {
  const fields = [
    ...header.map((text, i) => ({ text, separated: i > 0 })),
    ...body.map((text) => ({ text, separated: true })),
  ];
  return decodeContent(content(header, body), printedPatch(fields, fold), dateline);
}

const record = decodeContent(
  content(
    ["聊城乡村振兴有能人", "本报记者 孙亚飞 高田"],
    ["本报聊城讯", "乡村要振兴，有产业还得有“能人”。聊城市大力鼓励各类人才创新创业。"],
  ),
);

describe("decodeContent", () => {
  it("should read the record's text back, one character per word and null between fields", () => {
    expect(record.chars.map((c) => c ?? "|").join("")).toBe(
      "聊城乡村振兴有能人|本报记者孙亚飞高田|本报聊城讯|乡村要振兴，有产业还得有“能人”。聊城市大力鼓励各类人才创新创业。",
    );
    expect(record.chars[record.bodyStart]).toBe("本");
    expect(record.chars[record.bodyStart - 1]).toBeNull();
  });

  it("should stop at the number tokens that close a record: they are not text", () => {
    const text = "全年投资400亿元";
    const withNumbers = `${content(["投资"], [text])} ${NUMBERS_START} ${fieldNumberTokens(text).join(" ")}.`;
    expect(
      decodeContent(withNumbers)
        .chars.map((c) => c ?? "|")
        .join(""),
    ).toBe(`投资|${text}`);
  });
});

describe("findHits", () => {
  it("should find every occurrence, none across a field boundary", () => {
    const text = record.chars.map((c) => c ?? "|").join("");
    expect(findHits(record, "聊城")).toEqual([0, text.indexOf("聊城讯"), text.indexOf("聊城市")]);
    expect(findHits(record, "能人本报")).toEqual([]);
    expect(findHits(record, "火箭")).toEqual([]);
  });
});

describe("buildExcerpt", () => {
  it("should show the body around its first hit and mark every hit in view, within one field", () => {
    const { parts, hitText } = buildExcerpt(record, findHits(record, "聊城"), "聊城");
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["聊城"]);
    expect(parts.map((p) => p.text).join("")).toBe("本报聊城讯…");
    expect(hitText).toBe("聊城");
  });

  it("should set the dateline apart, before the paragraph it opens", () => {
    const r = decoded(
      ["聊城乡村振兴有能人"],
      ["本报聊城讯", "乡村要振兴，有产业还得有“能人”。聊城市大力鼓励各类人才创新创业。"],
      true,
    );
    const { parts } = buildExcerpt(r, findHits(r, "聊城"), "聊城");
    expect(parts.filter((p) => p.dateline).map((p) => p.text)).toEqual(["本报", "聊城", "讯"]);
    expect(parts.filter((p) => !p.dateline).map((p) => p.text)).toEqual([
      "乡村要振兴，有产业还得有“能人”。",
      "聊城",
      "市大力鼓励各类人才创新创业。",
    ]);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["聊城", "聊城"]);
  });

  it("should show the text as printed: spaces, case and Latin words kept", () => {
    const r = decoded(["标题"], ["记者从 Salt Lake City 获悉，GDP 增长 4 0 0 亿元。"]);
    const q = "saltlake";
    const { parts, hitText } = buildExcerpt(r, findHits(r, q), q);
    expect(parts.map((p) => p.text).join("")).toBe("记者从 Salt Lake City 获悉，GDP 增长 4 0 0 亿元。");
    expect(parts.find((p) => p.hit)?.text).toBe("Salt Lake");
    expect(hitText).toBe("Salt Lake");
  });

  it("should find Traditional text by its Simplified form, and mark it as printed", () => {
    const r = decoded(["標題"], ["發展鄉村振興，頭髮與後來。"]);
    for (const [q, marked] of [
      ["乡村振兴", "鄉村振興"],
      ["发展", "發展"],
      ["头发", "頭髮"],
      ["后来", "後來"],
    ] as const) {
      const { parts, hitText } = buildExcerpt(r, findHits(r, q), q);
      expect(parts.find((p) => p.hit)?.text).toBe(marked);
      expect(hitText).toBe(marked);
    }
  });

  it("should fall back to the byline when only it holds the query", () => {
    const { parts } = buildExcerpt(record, findHits(record, "孙亚飞"), "孙亚飞");
    expect(parts[0]).toEqual({ text: "本报记者", hit: false });
    expect(parts[1]).toEqual({ text: "孙亚飞", hit: true });
  });

  it("should cut long text to about the width asked, with ellipses", () => {
    const long = decodeContent(content(["标题"], ["前".repeat(200) + "轴承" + "后".repeat(200)]));
    const { parts } = buildExcerpt(long, findHits(long, "轴承"), "轴承", 40);
    const text = parts.map((p) => p.text).join("");
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect([...text.replace(/…/g, "")].length).toBe(40);
    expect(parts.find((p) => p.hit)?.text).toBe("轴承");
  });
});

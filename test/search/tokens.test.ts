import { describe, expect, it } from "vitest";
import {
  decodeFirstChar,
  encodeChar,
  fieldNumberTokens,
  fieldTokens,
  normalizeForSearch,
  numberQueryToken,
  searchQuery,
} from "../../src/search/tokens.js";
import { scriptFold } from "../../src/search/script.js";
import { TRADITIONAL_QUERIES } from "./traditional-queries.js";

const decode = (tokens: string[]): string => tokens.map((t) => decodeFirstChar(t)).join("");

describe("fieldTokens", () => {
  it("should write one token per character, each spelling it and its successor", () => {
    const tokens = fieldTokens("新质生产力");
    expect(tokens).toHaveLength(5);
    expect(tokens[0]).toBe(encodeChar("新") + encodeChar("质"));
    expect(tokens[4]).toBe(encodeChar("力"));
  });

  it("should keep only ASCII letters and digits in tokens, so Pagefind changes none of them", () => {
    for (const t of fieldTokens("“‘链’接新动能 智启新未来”，381.55亿元 GDP 𠀋"))
      expect(t).toMatch(/^(?:[0-9a-f]{4}|g[0-9a-f]{6}){1,2}$/);
  });

  it("should give back the normalized text when the first character of every token is read", () => {
    const text = "2023年汉诺威工业展上，德国一家钢厂 找到\n聊城参展企业 GDP 𠀋";
    expect(decode(fieldTokens(text))).toBe(normalizeForSearch(text));
  });
});

describe("normalizeForSearch", () => {
  it("should drop whitespace of any kind, as layout put it there", () => {
    expect(normalizeForSearch("4 0 0 亿元\u3000聊\n城")).toBe("400亿元聊城");
  });

  it("should read full-width digits and letters as ASCII and ignore case", () => {
    expect(normalizeForSearch("４００亿元 ＧＤＰ Gdp")).toBe("400亿元gdpgdp");
  });

  it("should keep Chinese punctuation as printed", () => {
    expect(normalizeForSearch("聊城（北京）。，")).toBe("聊城（北京）。，");
  });
});

describe("searchQuery", () => {
  it("should write the query as its pairs, in order", () => {
    const q = searchQuery("新质生产力");
    const pairs = ["新质", "质生", "生产", "产力"].map((p) => [...p].map(encodeChar).join(""));
    expect(q).toEqual({ normalized: "新质生产力", pairs, number: null });
  });

  it("should write a two-character query as the one pair it is", () => {
    expect(searchQuery("聊城")).toEqual({
      normalized: "聊城",
      pairs: [encodeChar("聊") + encodeChar("城")],
      number: null,
    });
  });

  it("should not search a single character, which no pair can spell exactly", () => {
    expect(searchQuery("城")).toBeNull();
    expect(searchQuery(" 城 ")).toBeNull();
  });

  it("should ignore spaces and quotes a reader typed around the query", () => {
    expect(searchQuery(' "381.55 亿元" ')?.normalized).toBe("381.55亿元");
    expect(searchQuery("“聊城”")?.normalized).toBe("聊城");
  });

  it("should return null when nothing is left to search", () => {
    expect(searchQuery("  \n ")).toBeNull();
    expect(searchQuery('""')).toBeNull();
  });
});

describe("number tokens", () => {
  const token = (run: string, next: string): string => `n${run.replace(/\./g, "p")}q${encodeChar(next)}`;

  it("should index every way into a number followed by another character", () => {
    expect(fieldNumberTokens("产值 381.55 亿元")).toEqual(
      ["381.55", "81.55", "1.55", ".55", "55", "5"].map((run) => token(run, "亿")),
    );
    expect(fieldNumberTokens("2023年汉诺威工业展")).toEqual(
      ["2023", "023", "23", "3"].map((r) => token(r, "年")),
    );
  });

  it("should skip a number ending its field, and text without digits", () => {
    expect(fieldNumberTokens("增长了 15")).toEqual([]);
    expect(fieldNumberTokens("聊城新闻。")).toEqual([]);
  });

  it("should give a query's first number with its unit, found in every text that holds the query", () => {
    for (const [query, text] of [
      ["400亿元", "全年1400亿元的投资"],
      ["约 4 0 0 亿元", "总额约400亿元"],
      [".55亿", "381.55亿元"],
    ] as const) {
      const q = numberQueryToken(normalizeForSearch(query));
      expect(q).not.toBeNull();
      expect(fieldNumberTokens(text)).toContain(q);
    }
    expect(numberQueryToken("聊城")).toBeNull();
    expect(numberQueryToken("增长15")).toBeNull();
  });

  it("should be part of a query only from three characters on", () => {
    expect(searchQuery("5亿")?.number).toBeNull();
    expect(searchQuery("5亿元")?.number).toBe(token("5", "亿"));
  });
});

describe("normalizeForSearch with the Simplified/Traditional fold", () => {
  const fold = scriptFold();

  it("should search a Traditional query as its Simplified form", () => {
    for (const [traditional, simplified] of TRADITIONAL_QUERIES)
      expect(searchQuery(traditional, fold)?.pairs).toEqual(searchQuery(simplified, fold)?.pairs);
  });

  it("should lose no hit where one Simplified character stands for several Traditional ones", () => {
    for (const [forms, simplified] of [
      ["后後", "后"],
      ["发發髮", "发"],
      ["干乾幹", "干"],
      ["里裡裏", "里"],
    ] as const)
      for (const c of forms) expect(normalizeForSearch(c, fold)).toBe(simplified);
  });

  it("should fold Taiwan and Hong Kong variants too, and leave other text alone", () => {
    expect(normalizeForSearch("臺灣綫衞爲", fold)).toBe("台湾线卫为");
    expect(normalizeForSearch("火箭 Rocket ４００", fold)).toBe("火箭rocket400");
  });

  it("should write one searched character for every printed one that is not whitespace", () => {
    const text = "İstanbul 發展 Ａ１ 𠀋";
    expect([...normalizeForSearch(text, fold)]).toHaveLength([...text.replace(/\s/g, "")].length);
  });
});

describe("normalizeForSearch and invisible characters", () => {
  it("should find a word with a zero-width space inside, and compatibility ideographs as typed", () => {
    expect(normalizeForSearch("零宽\u200b空格\u2060")).toBe(normalizeForSearch("零宽空格"));
    // U+F9D0 is the compatibility ideograph of 類 (U+985E), as OCR emits it.
    expect(normalizeForSearch("種\uf9d0")).toBe("種類");
    expect(searchQuery("零宽空格")!.pairs.join(" ")).toBe(
      fieldTokens("零宽\u200b空格").slice(0, 3).join(" "),
    );
  });
});

import { describe, expect, it } from "vitest";
import { bigPage } from "../../bench/parse-throughput.js";

const page = (n: number): string =>
  `  □记者 张伟 报道\n  本报聊城讯 第${n}篇的正文，写到这里。\n\n标题${n}\n`;

describe("parser throughput case", () => {
  it("should join pages into one page of at least the asked size, cut at a line end", () => {
    const pages = Array.from({ length: 200 }, (_, i) => page(i));
    const text = bigPage(pages, 4096);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(4096);
    expect(Buffer.byteLength(text)).toBeLessThan(4096 + 200);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.startsWith(pages[0]!)).toBe(true);
  });

  it("should refuse to make a page bigger than the text it was given", () => {
    expect(() => bigPage([page(1)], 1_000_000)).toThrow(/bytes of page text/);
  });
});

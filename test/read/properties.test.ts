import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/read/index.js";
import { account } from "./accounting.js";

const SAMPLE = readFileSync(new URL("../fixtures/corpus/000_44ab08e54eea3468.txt", import.meta.url), "utf8");
const OWN_PAGES = [
  "before-body",
  "after-body",
  "briefs",
  "dateline-credit",
  "wire",
  "long-note",
  "english-ocr",
].map((name) => readFileSync(new URL(`../fixtures/pages/${name}.txt`, import.meta.url), "utf8"));

const han = fc.constantFrom(..."春天城市发展记者报道新闻会议工作建设项目企业人民群众服务乡村振兴科技创新");
const punct = fc.constantFrom(..."，。、；：！？“”‘’（）——…《》");
const latin = fc.constantFrom("GDP", "5G", "Model", "Y", "com-", "pleted", "and", "the", "well-", "known");
const digits = fc.constantFrom("2 0 2 5", "4 0 0", "2 .7", "381.55", "12", "1/4", "40%");
const token = fc.oneof(
  { weight: 8, arbitrary: han },
  { weight: 2, arbitrary: punct },
  { weight: 1, arbitrary: latin },
  { weight: 1, arbitrary: digits },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\u3000", "\t") },
);
const indent = fc.constantFrom("", "", "  ", "　　", "   ", "        ");
const bodyLine = fc
  .tuple(indent, fc.array(token, { minLength: 1, maxLength: 30 }))
  .map(([i, t]) => i + t.join(""));
const specialLine = fc.constantFrom(
  "",
  "",
  "  □ 本报记者 张三 李四",
  "  □记 者 王五",
  "   通讯员 赵六 报道",
  "  本报讯（记者 张三 通讯员 李四）三月，",
  "  新华社北京3月12日电（记者 王五）",
  "  本报东城讯 近日，",
  "城市发展新篇章",
  "——副题在这里",
  "@@headline",
  "@@article",
  "@@note",
  "@@text",
  "@@bogus directive",
  "@@headlines after",
  "@@",
);
const line = fc.oneof({ weight: 3, arbitrary: bodyLine }, { weight: 2, arbitrary: specialLine });
const page = fc.array(line, { maxLength: 60 }).map((lines) => lines.join("\n"));

/** Mutations of a real page: delete, duplicate, move lines; insert blank lines. */
function mutate(text: string, ops: [number, number, number][]): string {
  const lines = text.split("\n");
  for (const [kind, a, b] of ops) {
    if (lines.length === 0) break;
    const i = a % lines.length;
    const j = b % lines.length;
    if (kind === 0) lines.splice(i, 1);
    else if (kind === 1) lines.splice(i, 0, lines[i]!);
    else if (kind === 2) lines.splice(j, 0, ...lines.splice(i, 1));
    else lines.splice(i, 0, "");
  }
  return lines.join("\n");
}
const op = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(), fc.nat());
const realPage = fc.constantFrom(SAMPLE, ...OWN_PAGES);
const mutated = fc.tuple(realPage, fc.array(op, { maxLength: 12 })).map(([text, ops]) => mutate(text, ops));

function keepsEveryCharacter(text: string): void {
  const reading = readPage(text);
  expect(account(text, reading)).toEqual({ lost: [], invented: [] });
  for (const w of reading.warnings) expect(w.line).toBeGreaterThanOrEqual(1);
}

describe("readPage on random and mutated pages", () => {
  it("should never throw, and lose or invent no character, on random pages", () => {
    fc.assert(fc.property(page, keepsEveryCharacter), { numRuns: 400 });
  });

  it("should never throw, and lose or invent no character, on arbitrary text", () => {
    const anything = fc.string({ unit: "binary", maxLength: 400 });
    fc.assert(fc.property(anything, keepsEveryCharacter), { numRuns: 300 });
  });

  it("should lose or invent no character on mutated real pages", () => {
    fc.assert(fc.property(mutated, keepsEveryCharacter), { numRuns: 150 });
  });

  it("should read CRLF, CR and LF line ends alike", () => {
    fc.assert(
      fc.property(fc.oneof(page, mutated), (text) => {
        const lf = readPage(text);
        expect(readPage(text.replace(/\n/g, "\r\n"))).toEqual(lf);
        expect(readPage(text.replace(/\n/g, "\r"))).toEqual(lf);
      }),
      { numRuns: 100 },
    );
  });

  it("should give every item a line range inside the page, in page order", () => {
    fc.assert(
      fc.property(fc.oneof(page, mutated), (text) => {
        const count = text.split("\n").length;
        let previous = 0;
        for (const item of readPage(text).items) {
          expect(item.lines.first).toBeGreaterThan(previous);
          expect(item.lines.last).toBeGreaterThanOrEqual(item.lines.first);
          expect(item.lines.last).toBeLessThanOrEqual(count);
          previous = item.lines.last;
        }
      }),
      { numRuns: 150 },
    );
  });

  it("should give a note no headline, byline or dateline", () => {
    fc.assert(
      fc.property(fc.oneof(page, mutated), (text) => {
        for (const item of readPage(text).items.filter((i) => i.kind === "note")) {
          expect([item.kicker, item.headline, item.subtitle, item.byline, item.dateline]).toEqual([
            null,
            null,
            null,
            null,
            null,
          ]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  generatePages,
  PAGES_PER_ISSUE,
  SYNTHETIC_TITLE,
  writeSyntheticArchive,
} from "../../bench/synthetic.js";
import { loadArchive } from "../../src/load/index.js";
import { readPage } from "../../src/read/index.js";
import { SAMPLE_PAGE } from "../support/corpus.js";

const sampleText = SAMPLE_PAGE;
const texts = (issues: number, seed: number): string[] =>
  [...generatePages({ issues, seed, sampleText })].map((page) => page.text);

const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "synthetic-test-"));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Width in full-width cells, ASCII counting half, as the generator wraps. */
const cells = (line: string): number =>
  [...line].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0);

describe("synthetic archive generator", () => {
  it("should generate the same pages for the same seed and different pages for another seed", () => {
    expect(texts(2, 7)).toEqual(texts(2, 7));
    expect(texts(2, 8)).not.toEqual(texts(2, 7));
  });

  it("should write N daily issues of 8 pages laid out as issues/YYYY/YYYY-MM-DD/NN.txt", () => {
    const root = tempDir();
    const summary = writeSyntheticArchive(root, { issues: 3, seed: 1, sampleText, firstDate: "2023-12-31" });
    expect(summary).toMatchObject({
      issues: 3,
      pages: 3 * PAGES_PER_ISSUE,
      firstDate: "2023-12-31",
      lastDate: "2024-01-02",
    });
    expect(readdirSync(join(root, "issues"))).toEqual(["2023", "2024"]);
    expect(readdirSync(join(root, "issues/2024"))).toEqual(["2024-01-01", "2024-01-02"]);
    expect(readdirSync(join(root, "issues/2024/2024-01-02"))).toEqual([
      "01.txt",
      "02.txt",
      "03.txt",
      "04.txt",
      "05.txt",
      "06.txt",
      "07.txt",
      "08.txt",
    ]);
  });

  it("should say in the archive's title that the archive is synthetic", () => {
    const root = tempDir();
    writeSyntheticArchive(root, { issues: 1, seed: 1, sampleText });
    const config = parse(readFileSync(join(root, "archive.yaml"), "utf8")) as { title: string };
    expect(config.title).toBe(SYNTHETIC_TITLE);
    expect(config.title).toContain("合成测试数据");
  });

  it("should pass the loader with no errors", () => {
    const root = tempDir();
    writeSyntheticArchive(root, { issues: 2, seed: 3, sampleText });
    const { archive, diagnostics } = loadArchive(root);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(archive.config.title).toBe(SYNTHETIC_TITLE);
    expect(archive.issues.map((issue) => issue.pages.length)).toEqual([8, 8]);
  });

  it("should print pages like the sample: □ bylines, 本报X讯 datelines, narrow indented columns, column breaks", () => {
    const pages = [...generatePages({ issues: 2, seed: 5, sampleText })];
    for (const page of pages) {
      const lines = page.text.split("\n");
      const bylines = lines.filter((line) => line.includes("□"));
      expect(bylines).toHaveLength(page.articles);
      expect(lines.some((line) => /^ {2}本报\p{Script=Han}{2,3}讯 /u.test(line))).toBe(true);
      expect(lines.some((line) => /^ {2}\S/.test(line))).toBe(true);
      // Body columns are 16–27 cells, notes 31; a closing mark may hang past the edge.
      for (const line of lines)
        expect(cells(line.replace(/[，。、；：！？”’）》」』…%]$/, ""))).toBeLessThanOrEqual(31);
    }
    const all = pages.map((p) => p.text).join("\n");
    // A blank line inside a sentence: the line before it does not end a sentence.
    expect(/[^。！？”\s]\n\n\S/.test(all)).toBe(true);
    expect(/\d \d \d/.test(all)).toBe(true);
  });

  it("should be read by the page parser into the articles and notes it printed", () => {
    for (const page of generatePages({ issues: 1, seed: 11, sampleText })) {
      const reading = readPage(page.text);
      expect(reading.items.filter((item) => item.kind === "article")).toHaveLength(page.articles);
      expect(reading.items.filter((item) => item.kind === "note")).toHaveLength(page.notes);
    }
  });

  it("should vary the vocabulary so that the sample's topic words are not on every page", () => {
    const pages = texts(6, 2).map((text) => text.replace(/\s+/g, ""));
    for (const word of ["轴承", "乡村振兴", "新质生产力", "健步走"]) {
      const withWord = pages.filter((text) => text.includes(word)).length;
      expect(withWord, word).toBeLessThan(pages.length);
    }
    // Far more distinct character pairs than the one sample page holds: the index sees a real spread.
    const pairs = (text: string): Set<string> => {
      const chars = [...text];
      return new Set(chars.slice(1).map((ch, i) => chars[i] + ch));
    };
    expect(pairs(pages.join("")).size).toBeGreaterThan(5 * pairs(sampleText.replace(/\s+/g, "")).size);
  });
});

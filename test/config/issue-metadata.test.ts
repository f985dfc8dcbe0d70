import { describe, expect, it } from "vitest";
import { issueMetadataSpec } from "../../src/config/issue-metadata.js";
import { parseYamlFile } from "../../src/config/yaml-file.js";
import { formatDiagnostic } from "../../src/load/format.js";

const FILE = "issues/2025-03-17/issue.yaml";
const parse = (lines: string[]) => parseYamlFile(lines.join("\n"), FILE, issueMetadataSpec);
const problems = (lines: string[]): string[] => parse(lines).diagnostics.map(formatDiagnostic);

describe("issue.yaml", () => {
  it("should read the issue number, edition label and per-page facts", () => {
    const parsed = parse([
      "number: 12345",
      "edition: 晚报",
      "headlines: before-body",
      "pages:",
      "  01.txt:",
      "    number: 5",
      "    name: 聊城新闻",
      "    headlines: after-body",
      "  02.txt:",
    ]);
    expect(parsed.value).toEqual({
      number: 12345,
      edition: "晚报",
      headlines: "before-body",
      pages: { "01.txt": { number: 5, name: "聊城新闻", headlines: "after-body" }, "02.txt": null },
    });
    expect(parsed.lineOfKey(["pages", "02.txt"])).toBe(9);
  });

  it("should refuse a page number no page has, with its line", () => {
    expect(problems(["pages:", "  20250318_p1.txt: { number: 20250318 }"])).toEqual([
      `${FILE}:2: error: number for page 20250318_p1.txt: must be 999 or less (found 20250318) — the printed page number (版次) as a whole number: number: 5`,
    ]);
  });

  it("should accept an empty file", () => {
    expect(parse([""]).value).toEqual({});
  });

  it("should reject a misspelt page key with the page, its line and the key meant", () => {
    expect(problems(["pages:", "  01.txt:", "    nmae: 聊城新闻"])).toEqual([
      `${FILE}:3: error: unknown key "nmae" for page 01.txt — did you mean "name"?`,
    ]);
  });

  it("should reject a misspelt issue key", () => {
    expect(problems(["nubmer: 12345"])).toEqual([
      `${FILE}:1: error: unknown key "nubmer" — did you mean "number"?`,
    ]);
  });

  it("should reject an issue number that is not a whole number", () => {
    expect(problems(["number: 第12345期"])).toEqual([
      `${FILE}:1: error: number: must be a number (found "第12345期") — the issue number (期号) as a whole number: number: 12345`,
    ]);
  });

  it("should reject a page number below 1 with the page named", () => {
    expect(problems(["pages:", "  01.txt:", "    number: 0"])).toEqual([
      `${FILE}:3: error: number for page 01.txt: must be 1 or more (found 0) — the printed page number (版次) as a whole number: number: 5`,
    ]);
  });

  it("should report a tab used for indenting, with its line", () => {
    expect(problems(["pages:", "\t01.txt:"])[0]).toMatch(
      new RegExp(`^${FILE}:2: error: YAML syntax error: Tabs are not allowed`),
    );
  });
});

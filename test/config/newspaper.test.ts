import { describe, expect, it } from "vitest";
import { archiveConfigSpec } from "../../src/config/archive-config.js";
import { newspaperTitleOn } from "../../src/config/newspaper.js";
import { parseYamlFile } from "../../src/config/yaml-file.js";
import { formatDiagnostic } from "../../src/load/format.js";

const REQUIRED = [
  "title: 聊城新闻档案",
  "language: zh-CN",
  "timeZone: Asia/Shanghai",
  "baseUrl: https://example.org",
];
const parse = (lines: string[]) =>
  parseYamlFile([...REQUIRED, ...lines].join("\n"), "archive.yaml", archiveConfigSpec);
const problems = (lines: string[]): string[] => parse(lines).diagnostics.map(formatDiagnostic);

describe("newspaper in archive.yaml", () => {
  it("should take one title, and default to the archive's name", () => {
    expect(parse(["newspaper: 聊城日报"]).value?.newspaper).toEqual([{ title: "聊城日报", from: null }]);
    expect(parse([]).value?.newspaper).toEqual([{ title: "聊城新闻档案", from: null }]);
  });

  it("should take the titles of a renamed paper, each from its day", () => {
    const titles = parse(["newspaper:", "  - title: 聊城报", "  - title: 聊城日报", "    from: 1985-01-01"])
      .value?.newspaper;
    expect(titles).toEqual([
      { title: "聊城报", from: null },
      { title: "聊城日报", from: "1985-01-01" },
    ]);
    expect(newspaperTitleOn(titles ?? [], "1984-12-31")).toBe("聊城报");
    expect(newspaperTitleOn(titles ?? [], "1985-01-01")).toBe("聊城日报");
    expect(newspaperTitleOn(titles ?? [], "2025-03-17")).toBe("聊城日报");
  });

  it("should give days before the first from the first title", () => {
    expect(
      newspaperTitleOn(
        [
          { title: "甲报", from: "1950-01-01" },
          { title: "乙报", from: "1960-01-01" },
        ],
        "1949-10-01",
      ),
    ).toBe("甲报");
  });

  it("should refuse a later title without from, titles out of order and dates that do not exist, on their lines", () => {
    expect(
      problems([
        "newspaper:",
        "  - title: 聊城报",
        "  - title: 聊城日报",
        "  - title: 聊城晚报",
        "    from: 1985-01-01",
        "  - title: 水城日报",
        "    from: 1980-01-01",
      ]),
    ).toEqual([
      expect.stringMatching(
        /^archive\.yaml:7: error: from: must be given for every title after the first: the day/,
      ),
      expect.stringMatching(
        /^archive\.yaml:11: error: from: must come after 1985-01-01, the previous title's from \(found "1980-01-01"\)/,
      ),
    ]);
    expect(
      problems(["newspaper:", "  - title: 聊城报", "  - title: 聊城日报", "    from: 1985-02-30"]),
    ).toEqual([expect.stringMatching(/^archive\.yaml:8: error: .*is not a real date .*found "1985-02-30"/)]);
  });
});

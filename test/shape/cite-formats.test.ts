import { describe, expect, it } from "vitest";
import type { CitationRecord } from "../../src/shape/citation.js";
import { cslFile, risFile } from "../../src/shape/cite-formats.js";
import { citationMetaTags } from "../../src/shape/meta-tags.js";

const record: CitationRecord = {
  title: "聊城乡村振兴有能人",
  subtitle: null,
  authors: ["孙亚飞", "高田"],
  newspaper: "聊城日报",
  publisher: "聊城日报社",
  isoDate: "2025-03-17",
  displayDate: "2025年3月17日",
  issueNumber: 12345,
  pageNumber: 5,
  pageName: "聊城新闻",
  url: "https://example.org/2025/03/17/5/2/",
  language: "zh-CN",
  description: "3月10日上午，……",
};

describe("risFile", () => {
  it("should write one NEWS record per item, CR LF line ends, each closed by ER", () => {
    const ris = risFile([record, { ...record, title: "第二篇", authors: [], publisher: null }]);
    const lines = ris.split("\r\n");
    expect(ris).not.toMatch(/[^\r]\n/);
    expect(lines.slice(0, 15)).toEqual([
      "TY  - NEWS",
      "AU  - 孙亚飞",
      "AU  - 高田",
      "TI  - 聊城乡村振兴有能人",
      "T2  - 聊城日报",
      "PY  - 2025",
      "DA  - 2025/03/17/",
      "SP  - 5",
      "SE  - 聊城新闻",
      "IS  - 12345",
      "PB  - 聊城日报社",
      "LA  - zh-CN",
      "UR  - https://example.org/2025/03/17/5/2/",
      "AB  - 3月10日上午，……",
      "ER  - ",
    ]);
    expect(lines.filter((l) => l === "TY  - NEWS")).toHaveLength(2);
    expect(lines.filter((l) => l === "ER  - ")).toHaveLength(2);
    expect(lines).toContain("TI  - 第二篇");
  });
});

describe("cslFile", () => {
  it("should write CSL-JSON items of type article-newspaper", () => {
    const [item] = JSON.parse(cslFile([record])) as Record<string, unknown>[];
    expect(item).toEqual({
      id: record.url,
      type: "article-newspaper",
      title: "聊城乡村振兴有能人",
      author: [{ literal: "孙亚飞" }, { literal: "高田" }],
      "container-title": "聊城日报",
      publisher: "聊城日报社",
      issued: { "date-parts": [[2025, 3, 17]] },
      page: "5",
      section: "聊城新闻",
      issue: "12345",
      language: "zh-CN",
      URL: record.url,
      abstract: "3月10日上午，……",
    });
  });
});

describe("citationMetaTags", () => {
  it("should give Highwire and Dublin Core the same title, authors, date, newspaper and page", () => {
    const tags = citationMetaTags(record);
    const all = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
    expect(all("citation_title")).toEqual(["聊城乡村振兴有能人"]);
    expect(all("citation_author")).toEqual(["孙亚飞", "高田"]);
    expect(all("DC.creator")).toEqual(["孙亚飞", "高田"]);
    expect(all("citation_publication_date")).toEqual(["2025/03/17"]);
    expect(all("DC.date")).toEqual(["2025-03-17"]);
    expect(all("citation_journal_title")).toEqual(["聊城日报"]);
    expect(all("DC.relation.isPartOf")).toEqual(["聊城日报"]);
    expect(all("citation_firstpage")).toEqual(["5"]);
    expect(all("citation_issue")).toEqual(["12345"]);
    expect(all("citation_public_url")).toEqual([record.url]);
  });

  it("should leave out the publisher when the archive does not name one", () => {
    const names = citationMetaTags({ ...record, publisher: null }).map((t) => t.name);
    expect(names).not.toContain("citation_publisher");
    expect(names).not.toContain("DC.publisher");
  });
});

import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/load/format.js";
import { leadingNumber, numberPages, type PageFile } from "../../src/load/page-numbers.js";

const files = (...names: string[]): PageFile[] =>
  names.map((name) => ({ name, path: `issues/2025-03-17/${name}` }));
const numbers = (pages: PageFile[]): Record<string, number> => Object.fromEntries(numberPages(pages).numbers);
const problems = (pages: PageFile[]): string[] => numberPages(pages).diagnostics.map(formatDiagnostic);

describe("leadingNumber", () => {
  it("should read the number a file name starts with", () => {
    expect(leadingNumber("000_44ab08e54eea3468.txt")).toBe(0);
    expect(leadingNumber("05-local.txt")).toBe(5);
    expect(leadingNumber("local-5.txt")).toBeNull();
  });
});

describe("numberPages", () => {
  it("should number pages from their file names", () => {
    expect(numbers(files("01.txt", "02.txt", "5-local.txt"))).toEqual({
      "01.txt": 1,
      "02.txt": 2,
      "5-local.txt": 5,
    });
  });

  it("should shift an issue exported from page 0 so printed pages start at 1", () => {
    expect(numbers(files("000_44ab08e54eea3468.txt", "001_9c1d.txt"))).toEqual({
      "000_44ab08e54eea3468.txt": 1,
      "001_9c1d.txt": 2,
    });
  });

  it("should let issue.yaml set a page's number, unshifted", () => {
    const pages = [
      ...files("000_a.txt"),
      { name: "cover.txt", path: "issues/2025-03-17/cover.txt", explicit: 8 },
    ];
    expect(numbers(pages)).toEqual({ "000_a.txt": 1, "cover.txt": 8 });
  });

  it("should name both files of a duplicated page number", () => {
    expect(problems(files("03.txt", "3-local.txt"))).toEqual([
      "issues/2025-03-17/3-local.txt: error: page 3 twice: issues/2025-03-17/03.txt is page 3 too — " +
        "renumber one of them: rename the file, or set its number in the issue's issue.yaml",
    ]);
  });

  it("should report a file name without a page number", () => {
    expect(problems(files("01.txt", "local.txt"))).toEqual([
      'issues/2025-03-17/local.txt: error: file name "local.txt" does not start with the page number — ' +
        "rename it to start with its page number (01.txt, 05-local.txt), or give it one in issue.yaml: pages: local.txt: number: 5",
    ]);
  });
});

describe("numberPages with names that start with a date or an id", () => {
  it("should refuse a leading number no page has, saying how to name pages or number them in issue.yaml", () => {
    const pages = files("20250318_p1.txt", `${"1".repeat(23)}.txt`, "0999.txt");
    expect(problems(pages)).toEqual([
      'issues/2025-03-17/20250318_p1.txt: error: file name "20250318_p1.txt" starts with 20250318, which is no page number (pages are numbered 1 to 999) — ' +
        "name page files by their page number (01.txt, 02.txt, 05-local.txt), or give this one its number in issue.yaml: pages: 20250318_p1.txt: number: 1",
      `issues/2025-03-17/${"1".repeat(23)}.txt: error: file name "${"1".repeat(23)}.txt" starts with ${"1".repeat(23)}, which is no page number (pages are numbered 1 to 999) — ` +
        `name page files by their page number (01.txt, 02.txt, 05-local.txt), or give this one its number in issue.yaml: pages: ${"1".repeat(23)}.txt: number: 1`,
    ]);
    expect(numbers(pages)).toEqual({ "0999.txt": 999 });
  });

  it("should take the number issue.yaml gives such a file", () => {
    expect(
      numbers([{ name: "20250318_p1.txt", path: "issues/2025-03-17/20250318_p1.txt", explicit: 1 }]),
    ).toEqual({
      "20250318_p1.txt": 1,
    });
  });
});

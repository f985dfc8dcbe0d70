import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/load/index.js";
import { repoRoot } from "../support/build.js";
import { GB18030_PAGE, SAMPLE_PAGE } from "../support/corpus.js";
import { tempArchive, type TempArchive } from "./temp-archive.js";

let archive: TempArchive | undefined;
const make = (files: Record<string, string | Uint8Array | null>): TempArchive =>
  (archive = tempArchive(files));
afterEach(() => archive?.remove());

describe("loadArchive on the sample archive", () => {
  it("should load the sample issue's page, numbered from 1, with nothing to report", () => {
    const { archive: sample, diagnostics } = loadArchive(repoRoot);
    expect(diagnostics).toEqual([]);
    expect(sample.config).toMatchObject({
      title: "聊城新闻档案",
      language: "zh-CN",
      timeZone: "Asia/Shanghai",
    });
    expect(sample.issues.map((i) => [i.date, i.edition, i.dir])).toEqual([
      ["2025-03-17", null, "issues/2025/2025-03-17"],
    ]);
    const [page] = sample.issues[0]!.pages;
    expect(page).toMatchObject({
      number: 1,
      name: null,
      file: "issues/2025/2025-03-17/000_44ab08e54eea3468.txt",
    });
    expect(page!.text).toBe(SAMPLE_PAGE);
    expect(page!.reading.headlinePosition).toBe("after-body");
  });
});

describe("loadArchive", () => {
  it("should read a page with a byte-order mark and CRLF line ends as plain text", () => {
    make({ "issues/2025-03-17/01.txt": `\ufeff${SAMPLE_PAGE.replace(/\n/g, "\r\n")}` });
    const { archive: loaded, diagnostics } = archive!.load();
    expect(diagnostics).toEqual([]);
    expect(loaded.issues[0]!.pages[0]!.text).toBe(SAMPLE_PAGE);
  });

  it("should order issues by date, the main edition before other editions", () => {
    make({
      "issues/2025-03-18/01.txt": SAMPLE_PAGE,
      "issues/2025/2025-03-17-evening/01.txt": SAMPLE_PAGE,
      "issues/2025/2025-03-17/01.txt": SAMPLE_PAGE,
    });
    expect(archive!.load().archive.issues.map((i) => `${i.date} ${i.edition}`)).toEqual([
      "2025-03-17 null",
      "2025-03-17 evening",
      "2025-03-18 null",
    ]);
  });

  it("should take the issue number, edition label, page names and numbers from issue.yaml", () => {
    make({
      "issues/2025-03-17-evening/issue.yaml": [
        "number: 12345",
        "edition: 晚报",
        "pages:",
        "  local.txt: { number: 5, name: 聊城新闻 }",
        "  01.txt: { name: 要闻 }",
      ].join("\n"),
      "issues/2025-03-17-evening/local.txt": SAMPLE_PAGE,
      "issues/2025-03-17-evening/01.txt": SAMPLE_PAGE,
    });
    const { archive: loaded, diagnostics } = archive!.load();
    expect(diagnostics).toEqual([]);
    const issue = loaded.issues[0]!;
    expect([issue.number, issue.edition, issue.editionLabel]).toEqual([12345, "evening", "晚报"]);
    expect(issue.pages.map((p) => [p.number, p.name, p.file])).toEqual([
      [1, "要闻", "issues/2025-03-17-evening/01.txt"],
      [5, "聊城新闻", "issues/2025-03-17-evening/local.txt"],
    ]);
  });

  it("should pass headline positions to the reader: page over issue over archive", () => {
    make({
      "archive.yaml": `${readFileSync(join(repoRoot, "archive.yaml"), "utf8")}headlinePosition: before-body\n`,
      "issues/2025-03-17/issue.yaml": "pages:\n  02.txt: { headlines: after-body }\n",
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/02.txt": SAMPLE_PAGE,
      "issues/2025-03-18/issue.yaml": "headlines: after-body\n",
      "issues/2025-03-18/01.txt": SAMPLE_PAGE,
    });
    const positions = archive!
      .load()
      .archive.issues.flatMap((i) => i.pages.map((p) => `${p.file} ${p.reading.headlinePosition}`));
    expect(positions).toEqual([
      "issues/2025-03-17/01.txt before-body",
      "issues/2025-03-17/02.txt after-body",
      "issues/2025-03-18/01.txt after-body",
    ]);
  });

  it("should warn that a language with no built-in interface falls back to English", () => {
    make({
      "archive.yaml": "title: Gazette\nlanguage: fr\ntimeZone: Europe/Paris\nbaseUrl: https://example.org\n",
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
    });
    expect(archive!.lines()).toEqual([
      "archive.yaml:2: warning: language: fr (French) has no built-in interface: menus and labels fall back to English — " +
        "the articles are still marked as fr; the built-in interfaces are English and Chinese (zh-CN, zh-TW, zh-HK…)",
    ]);
  });

  it("should report an issue filed under another year's folder", () => {
    make({ "issues/2024/2025-03-17/01.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      "issues/2024/2025-03-17: error: issue of 2025 in the year folder 2024 — move it to issues/2025/2025-03-17",
    ]);
  });

  it("should name both folders of an issue filed twice, and publish it once", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE, "issues/2025/2025-03-17/01.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17: error: a second folder for the issue of 2025-03-17: issues/2025/2025-03-17 is the same issue — " +
        "keep one folder per issue: move the pages into one folder and delete the other, or give one an edition (2025-03-17-evening)",
    ]);
    expect(archive!.load().archive.issues).toHaveLength(1);
  });

  it("should report a folder whose name is not a date", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE, "issues/scans/01.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      'issues/scans: error: folder name "scans" is not a date — name issue folders by their date, YYYY-MM-DD (2025-03-17), ' +
        "or YYYY-MM-DD-edition (2025-03-17-evening); year folders are named YYYY",
    ]);
  });

  it("should warn about a file in an issue folder that is not a page", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE, "issues/2025-03-17/notes.docx": "PK" });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/notes.docx: warning: not a page: only .txt files and the pages' prints (.pdf, .jpg, .png, .webp, .tif) are published — if it is a page's text, rename it to end in .txt; otherwise move it out of issues/",
    ]);
  });

  it("should read a page whose extension is in capitals, and refuse an issue.yml", () => {
    make({
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/02.TXT": SAMPLE_PAGE,
      "issues/2025-03-17/issue.yml": "number: 12345\n",
    });
    expect(archive!.lines()).toEqual([
      'issues/2025-03-17/issue.yml: error: "issue.yml" is not read: an issue\'s metadata file is named issue.yaml — rename it to issue.yaml',
    ]);
    const pages = archive!.load().archive.issues[0]!.pages;
    expect(pages.map((p) => [p.number, p.file])).toEqual([
      [1, "issues/2025-03-17/01.txt"],
      [2, "issues/2025-03-17/02.TXT"],
    ]);
  });

  it("should warn about files the operating system leaves behind", () => {
    make({
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/.DS_Store": "\u0000\u0000",
      "issues/Thumbs.db": "x",
    });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/.DS_Store: warning: file left behind by the operating system or an editor is not published — delete it",
      "issues/Thumbs.db: warning: file left behind by the operating system or an editor is not published — delete it",
    ]);
  });

  it("should warn about a page file outside any issue folder", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE, "issues/2025/02.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      "issues/2025/02.txt: warning: file outside any issue folder is not published — move it into its issue's folder (issues/2025-03-17/) or delete it",
    ]);
  });

  it("should warn about a folder inside an issue folder", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE, "issues/2025-03-17/scans/01.pdf": "%PDF-1.7" });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/scans: warning: folder inside an issue folder is not read: nothing in it is published — " +
        "put page files directly in the issue folder, or move this folder out of issues/",
    ]);
  });

  it("should refuse a folder inside an issue folder that holds pages", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE, "issues/2025-03-17/old/more/02.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/old: error: folder inside an issue folder holds page files (.txt), which are not published from there — " +
        "move the pages up into issues/2025-03-17/ (one folder per issue), or move this folder out of issues/",
    ]);
  });

  it("should report an issue folder without pages", () => {
    make({ "issues/2025-03-17/issue.yaml": "number: 12345\n" });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17: error: issue folder has no pages (.txt files) — add the issue's pages (01.txt, 02.txt, …) or delete the folder",
    ]);
  });

  it("should report issue.yaml describing a page that is not in the folder", () => {
    make({
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/issue.yaml": "pages:\n  1.txt: { name: 要闻 }\n",
    });
    expect(archive!.lines()).toEqual([
      'issues/2025-03-17/issue.yaml:2: error: pages: "1.txt" is not a page file of this issue — did you mean "01.txt"?',
    ]);
  });

  it("should name both files of a page number used twice", () => {
    make({ "issues/2025-03-17/03.txt": SAMPLE_PAGE, "issues/2025-03-17/3-local.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/3-local.txt: error: page 3 twice: issues/2025-03-17/03.txt is page 3 too — " +
        "renumber one of them: rename the file, or set its number in the issue's issue.yaml",
    ]);
  });

  it("should report malformed issue metadata with its line", () => {
    make({
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/issue.yaml": "number: 12345\nedition: 晚报: 聊城\n",
    });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/issue.yaml:2: error: YAML syntax error: Nested mappings are not allowed in compact mappings — " +
        'write one "key: value" per line, indent with spaces, and quote values that contain ": "',
    ]);
  });

  it("should report a page file that is a link to nothing", () => {
    make({ "issues/2025-03-17/01.txt": SAMPLE_PAGE });
    symlinkSync(join(archive!.root, "gone.txt"), join(archive!.root, "issues/2025-03-17/02.txt"));
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/02.txt: error: cannot be read (a link to nothing) — check that the file exists and that its permissions let you read it",
    ]);
  });

  it("should report a missing archive.yaml and still check the issues", () => {
    make({ "archive.yaml": null, "issues/2025-02-30/01.txt": SAMPLE_PAGE });
    expect(archive!.lines()).toEqual([
      "archive.yaml: error: no archive.yaml at the archive root — create it with at least title, language, timeZone and baseUrl (see docs/librarians.md)",
      "issues/2025-02-30: error: not a real date (February has 28 days in 2025) — rename the folder",
    ]);
  });

  it("should report a missing issues folder", () => {
    make({});
    expect(archive!.lines()).toEqual([
      "issues: error: no issues/ folder at the archive root — create issues/ with one folder per issue, named by its date: issues/2025-03-17/01.txt",
    ]);
  });

  it("should warn that an archive without issues builds an empty site", () => {
    make({ "issues/.gitkeep": "" });
    expect(archive!.lines()).toEqual([
      "issues: warning: no issues yet: the site will have no pages to browse — add one folder per issue, named by its date: issues/2025-03-17/01.txt",
      "issues/.gitkeep: warning: file left behind by the operating system or an editor is not published — delete it",
    ]);
  });

  it("should turn the reader's unknown markup into an error on the page's line", () => {
    make({
      "issues/2025-03-17/01.txt": `${SAMPLE_PAGE.split("\n").slice(0, 2).join("\n")}\n@@headine\n${SAMPLE_PAGE}`,
    });
    const [first] = archive!.load().diagnostics;
    expect(first).toMatchObject({
      severity: "error",
      code: "unknown-markup",
      file: "issues/2025-03-17/01.txt",
      line: 3,
    });
    expect(archive!.lines()[0]).toMatch(
      /^issues\/2025-03-17\/01\.txt:3: error: .*@@headine.* — fix or remove the @@ line; docs\/markup\.md lists the directives$/,
    );
  });

  it("should refuse a page that holds nothing but @@ lines", () => {
    make({
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/02.txt": "@@# 第2版待录入\n\n@@plain\n\n",
    });
    expect(archive!.lines()).toEqual([
      "issues/2025-03-17/02.txt: error: nothing is left of the page once its @@ lines are taken out — put the page's text under the @@ lines, or delete the file",
    ]);
    expect(archive!.load().archive.issues[0]!.pages.map((p) => p.number)).toEqual([1]);
  });

  it("should report every bad page at once and leave them out of the archive", () => {
    make({
      "issues/2025-03-17/01.txt": SAMPLE_PAGE,
      "issues/2025-03-17/02.txt": GB18030_PAGE,
      "issues/2025-03-17/03.txt": "",
      "issues/2025-03-17/04.txt": "本报聊城讯\u0000",
    });
    const { archive: loaded, diagnostics } = archive!.load();
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      "issues/2025-03-17/02.txt invalid-utf8",
      "issues/2025-03-17/03.txt empty-page",
      "issues/2025-03-17/04.txt control-character",
    ]);
    expect(loaded.issues[0]!.pages.map((p) => p.file)).toEqual(["issues/2025-03-17/01.txt"]);
  });
});

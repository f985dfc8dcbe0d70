import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXPECTED_LINES, spoilSample } from "../build/acceptance.js";
import { check, tempDir, type TempDir } from "../build/run.js";
import { copySample } from "../support/archive.js";
import { repoRoot, run } from "../support/build.js";

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

/** The lines check printed, without npm's own banner. */
const reportOf = (output: string): string[] =>
  output.split("\n").filter((line) => line !== "" && !line.startsWith(">"));

describe("npm run check", () => {
  it("should pass the sample archive", async () => {
    const result = await check(repoRoot);
    expect(reportOf(result.output)).toEqual(["no problems: 1 issue (1 page) ready to build"]);
    expect(result.code).toBe(0);
  });

  it("should fail naming an impossible date, a GB18030 page and an empty page, all at once", async () => {
    dir = tempDir("check-");
    const result = await check(spoilSample(dir.path));
    expect(reportOf(result.output)).toEqual(EXPECTED_LINES);
    expect(result.code).toBe(1);
  });

  it("should pass with warnings, and print them", async () => {
    dir = tempDir("check-");
    copySample(dir.path, { "issues/2025/2025-03-17/notes.docx": "PK" });
    const result = await check(dir.path);
    expect(reportOf(result.output)).toEqual([
      "issues/2025/2025-03-17/notes.docx: warning: not a page: only .txt files and the pages' prints (.pdf, .jpg, .png, .webp, .tif) are published — if it is a page's text, rename it to end in .txt; otherwise move it out of issues/",
      "no errors, 1 warning: 1 issue (1 page) ready to build",
    ]);
    expect(result.code).toBe(0);
  });

  it("should check the tree named by ARCHIVE_ROOT", async () => {
    dir = tempDir("check-");
    const result = await run("npm", ["run", "check"], { ARCHIVE_ROOT: spoilSample(dir.path) });
    expect(result.code).toBe(1);
    expect(result.output).toContain(EXPECTED_LINES[0]);
  });

  it("should check the base URL and path prefix a build would be given", async () => {
    const result = await check(repoRoot, {
      ARCHIVE_BASE_URL: "example.github.io",
      ARCHIVE_PATH_PREFIX: "/newspaper/",
    });
    expect(reportOf(result.output)).toEqual([
      "ARCHIVE_BASE_URL: error: baseUrl: must be the site's origin only, like https://example.github.io (no path) " +
        '(found "example.github.io") — the origin the site is served from, without a path: baseUrl: https://example.github.io',
      "1 error, 0 warnings: the site cannot be built until the errors are fixed",
    ]);
    expect(result.code).toBe(1);
  });

  it("should report a misspelt key in archive.yaml with its line", async () => {
    dir = tempDir("check-");
    copySample(dir.path);
    writeFileSync(
      join(dir.path, "archive.yaml"),
      "title: 聊城新闻档案\nlanguage: zh-CN\ntimezone: Asia/Shanghai\nbaseUrl: https://example.org\n",
    );
    expect(reportOf((await check(dir.path)).output)).toEqual([
      'archive.yaml:1: error: "timeZone" is missing — add it: the IANA time zone the newspaper is published in: timeZone: Asia/Shanghai',
      'archive.yaml:3: error: unknown key "timezone" — did you mean "timeZone"?',
      "2 errors, 0 warnings: the site cannot be built until the errors are fixed",
    ]);
  });

  it("should annotate each problem for GitHub Actions when run in a workflow", async () => {
    dir = tempDir("check-");
    const root = spoilSample(dir.path);
    const result = await check(root, { GITHUB_ACTIONS: "true" });
    const prefix = relative(repoRoot, root);
    const annotations = reportOf(result.output).filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(3);
    expect(annotations[0]).toBe(
      `::error file=${prefix}/issues/2025-02-30,title=impossible-date::not a real date (February has 28 days in 2025) — rename the folder`,
    );
    expect(annotations[1]).toMatch(
      new RegExp(
        `^::error file=${prefix}/issues/2025/2025-03-17/001_gb18030\\.txt,line=1,title=invalid-utf8::not valid UTF-8`,
      ),
    );
    expect(result.code).toBe(1);
  });

  it("should explain its usage when given an unknown option", async () => {
    const result = await run("npm", ["run", "check", "--", "--rot", "x"]);
    expect(result.code).toBe(2);
    expect(result.output).toContain("usage: npm run check -- [--root DIR]");
  });
});

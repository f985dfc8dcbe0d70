import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXPECTED_LINES, spoilSample } from "./acceptance.js";
import { copySample } from "../support/archive.js";
import { runBuild } from "../support/build.js";
import { tempDir, type TempDir } from "./run.js";

const dirs: TempDir[] = [];
const temp = (): string => {
  const dir = tempDir("refuse-");
  dirs.push(dir);
  return dir.path;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

/** Eleventy prefixes each line it logs with `[11ty] `. */
const linesOf = (output: string): string[] =>
  output.split("\n").map((line) => line.replace(/^\[11ty\] /, ""));

describe("npm run build", () => {
  it("should refuse a tree with errors, printing the same lines as check, and write nothing", async () => {
    const output = join(temp(), "_site");
    const result = await runBuild(spoilSample(temp()), output);
    expect(result.code).not.toBe(0);
    const lines = linesOf(result.output);
    expect(lines).toContain("the archive has errors; nothing was built.");
    for (const expected of EXPECTED_LINES.slice(0, -1)) expect(lines).toContain(expected);
    expect(result.output).toContain(EXPECTED_LINES.at(-1));
    expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
  });

  it("should refuse a page whose markup the reader does not know", async () => {
    const page = "issues/2025/2025-03-17/001_marked.txt";
    const result = await runBuild(
      copySample(temp(), { [page]: "@@headine\n聊城乡村振兴有能人\n" }),
      join(temp(), "_site"),
    );
    expect(result.code).not.toBe(0);
    expect(
      linesOf(result.output).some((l) => l.startsWith(`${page}:1: error: `) && l.includes("@@headine")),
    ).toBe(true);
  });

  it("should build a tree that has only warnings", async () => {
    const output = join(temp(), "_site");
    const result = await runBuild(
      copySample(temp(), { "issues/2025/2025-03-17/.DS_Store": "\u0000" }),
      output,
    );
    expect(result.code).toBe(0);
    expect(existsSync(join(output, "index.html"))).toBe(true);
  });
});

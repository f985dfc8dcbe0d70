import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyOutputFolder } from "../../src/build/output-folder.js";
import { tempDir, type TempDir } from "./run.js";

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

describe("emptyOutputFolder", () => {
  it("should empty the folder, removing links as links and never what they point to", () => {
    dir = tempDir("output-");
    const output = join(dir.path, "_site");
    const elsewhere = join(dir.path, "elsewhere");
    mkdirSync(join(output, "2025/03/18/1"), { recursive: true });
    writeFileSync(join(output, "2025/03/18/1/index.html"), "<p>deleted page</p>");
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, "precious.txt"), "keep me");
    symlinkSync(elsewhere, join(output, "linked-folder"));
    symlinkSync(join(elsewhere, "precious.txt"), join(output, "linked-file"));
    emptyOutputFolder(output, []);
    expect(readdirSync(output)).toEqual([]);
    expect(readdirSync(elsewhere)).toEqual(["precious.txt"]);
  });

  it("should leave the entries it is told to keep", () => {
    dir = tempDir("output-");
    const output = join(dir.path, "_site");
    mkdirSync(join(output, "pagefind/2025-03-17"), { recursive: true });
    mkdirSync(join(output, "2025"));
    mkdirSync(join(output, "2025/03/17/1"), { recursive: true });
    writeFileSync(join(output, "2025/03/17/1/index.html"), "<p>kept page</p>");
    writeFileSync(join(output, "2025/03/17/index.html"), "<p>another</p>");
    emptyOutputFolder(output, [], (path) => path === "pagefind" || path === "2025/03/17/1/index.html");
    expect(readdirSync(output).sort()).toEqual(["2025", "pagefind"]);
    expect(readdirSync(join(output, "pagefind"))).toEqual(["2025-03-17"]);
    expect(readdirSync(join(output, "2025/03/17"))).toEqual(["1"]);
  });

  it("should refuse a folder that is or holds the archive, and delete nothing", () => {
    const { path } = (dir = tempDir("output-"));
    const archive = join(path, "archive");
    mkdirSync(join(archive, "issues"), { recursive: true });
    writeFileSync(join(archive, "archive.yaml"), "title: x\n");
    for (const output of [archive, path]) {
      expect(() => emptyOutputFolder(output, [archive])).toThrow(
        `refusing to empty the output folder ${output}: it is or holds ${archive}`,
      );
    }
    symlinkSync(archive, join(path, "site-link"));
    expect(() => emptyOutputFolder(join(path, "site-link"), [archive])).toThrow(/refusing/);
    expect(existsSync(join(archive, "archive.yaml"))).toBe(true);
  });

  it("should leave a missing folder for the build to create", () => {
    dir = tempDir("output-");
    expect(() => emptyOutputFolder(join(dir!.path, "none"), [])).not.toThrow();
  });
});

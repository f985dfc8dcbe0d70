import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { tempArchive, type TempArchive } from "./temp-archive.js";

let archive: TempArchive | undefined;
let outside: string | undefined;
afterEach(() => {
  archive?.remove();
  if (outside) rmSync(outside, { recursive: true, force: true });
});

/** A private file and folder elsewhere on the machine, as `/etc/passwd` or a home folder would be. */
function privateFiles(): { file: string; folder: string } {
  outside = mkdtempSync(join(tmpdir(), "private-"));
  writeFileSync(join(outside, "passwd"), "root:x:0:0:root:/root:/bin/bash\n");
  mkdirSync(join(outside, "notes"));
  writeFileSync(join(outside, "notes/01.txt"), SAMPLE_PAGE);
  return { file: join(outside, "passwd"), folder: join(outside, "notes") };
}

const linkIn = (path: string, target: string): void => symlinkSync(target, join(archive!.root, path));

describe("loadArchive and links", () => {
  it("should refuse a page file that links to a file outside the archive, and leave it out", () => {
    const { file } = privateFiles();
    archive = tempArchive({ "issues/2025-03-18/01.txt": SAMPLE_PAGE });
    linkIn("issues/2025-03-18/06.txt", file);
    expect(archive.lines()).toEqual([
      `issues/2025-03-18/06.txt: error: is a link to ${file}, outside issues/: it is never read or published — ` +
        "copy the file itself into the issue's folder instead of linking to it, or delete the link",
    ]);
    const pages = archive.load().archive.issues[0]!.pages;
    expect(pages.map((p) => p.file)).toEqual(["issues/2025-03-18/01.txt"]);
    expect(pages.some((p) => p.text.includes("root:x"))).toBe(false);
  });

  it("should refuse a link to the repository's own files, such as .git/config", () => {
    archive = tempArchive({
      ".git/config": "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n",
      "issues/2025-03-18/01.txt": SAMPLE_PAGE,
    });
    linkIn("issues/2025-03-18/02.txt", join(archive.root, ".git/config"));
    const [line] = archive.lines();
    expect(line).toMatch(
      /^issues\/2025-03-18\/02\.txt: error: is a link to .*\.git\/config, outside issues\//,
    );
  });

  it("should refuse an issue folder and an issue.yaml that link out of issues/", () => {
    const { folder, file } = privateFiles();
    archive = tempArchive({ "issues/2025-03-18/01.txt": SAMPLE_PAGE });
    linkIn("issues/2025-03-19", folder);
    linkIn("issues/2025-03-18/issue.yaml", file);
    expect(archive.lines().map((l) => l.split(": error: ")[0])).toEqual([
      "issues/2025-03-18/issue.yaml",
      "issues/2025-03-19",
    ]);
    expect(archive.load().archive.issues.map((i) => i.date)).toEqual(["2025-03-18"]);
  });

  it("should read a link that stays inside issues/, as a page filed twice on purpose", () => {
    archive = tempArchive({ "issues/2025-03-18/01.txt": SAMPLE_PAGE });
    linkIn("issues/2025-03-18/02.txt", join(archive.root, "issues/2025-03-18/01.txt"));
    expect(archive.lines()).toEqual([]);
    expect(archive.load().archive.issues[0]!.pages).toHaveLength(2);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, runBuild, siteFingerprint as fingerprint } from "../support/build.js";
import { tempDir, type TempDir } from "./run.js";

const dirs: TempDir[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe("npm run build", () => {
  it("should write byte-identical sites from the same tree, whatever the machine's zone and locale", async () => {
    const [a, b] = [tempDir("determinism-a-"), tempDir("determinism-b-")];
    dirs.push(a, b);
    // Different output paths, zones and locales: none of them may leak into the site.
    // Each with its own search cache: both index every shard.
    const first = await runBuild(repoRoot, join(a.path, "_site"), {
      env: { TZ: "Asia/Shanghai", LC_ALL: "zh_CN.UTF-8", ARCHIVE_CACHE_DIR: join(a.path, "cache") },
    });
    const second = await runBuild(repoRoot, join(b.path, "out"), {
      env: { TZ: "America/Los_Angeles", LC_ALL: "C", ARCHIVE_CACHE_DIR: join(b.path, "cache") },
    });
    expect([first.code, second.code], `${first.output}\n${second.output}`).toEqual([0, 0]);
    const [one, two] = [fingerprint(join(a.path, "_site")), fingerprint(join(b.path, "out"))];
    expect(Object.keys(one)).toContain("/index.html");
    expect(Object.keys(two)).toEqual(Object.keys(one));
    expect(two).toEqual(one);
  });

  it("should name the archive on the home page", async () => {
    const dir = tempDir("home-");
    dirs.push(dir);
    expect((await runBuild(repoRoot, dir.path)).code).toBe(0);
    expect(readFileSync(join(dir.path, "index.html"), "utf8")).toContain("聊城新闻档案");
  });
});

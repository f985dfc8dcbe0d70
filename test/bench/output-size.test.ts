import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eleventyWroteFiles, measureOutput } from "../../bench/output-size.js";

describe("output size", () => {
  it("should count every file and byte of a built site, and its HTML pages", () => {
    const dir = mkdtempSync(join(tmpdir(), "output-size-test-"));
    try {
      mkdirSync(join(dir, "2021/01/01"), { recursive: true });
      writeFileSync(join(dir, "index.html"), "<p>首页</p>");
      writeFileSync(join(dir, "2021/01/01/index.html"), "<p>一期</p>");
      writeFileSync(join(dir, "feed.xml"), "<feed/>");
      expect(measureOutput(dir)).toEqual({
        files: 3,
        htmlFiles: 2,
        bytes: 2 * Buffer.byteLength("<p>首页</p>") + Buffer.byteLength("<feed/>"),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should read how many files Eleventy wrote from its closing line", () => {
    const log =
      "[11ty] Writing /tmp/x/index.html from ./pages/index.njk\n[11ty] Copied 1 Wrote 3594 files in 65.36 seconds (18.2ms each, v3.1.8)\n";
    expect(eleventyWroteFiles(log)).toBe(3594);
    expect(eleventyWroteFiles("[11ty] Wrote 1 file in 0.1 seconds")).toBe(1);
    expect(eleventyWroteFiles("nothing here")).toBeNull();
  });
});

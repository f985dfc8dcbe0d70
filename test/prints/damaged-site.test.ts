/**
 * Prints damaged inside (whole at both ends, so `check` passes them): a scan stops the build,
 * naming the file; a PDF is published all the same, without its picture.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../support/build.js";
import { writeArchive } from "../site/build.js";
import { SAMPLE_PAGE } from "../support/corpus.js";
import { pageImage, pagePdf } from "../support/prints.js";

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("a PDF pdf.js cannot draw", () => {
  it("should be published all the same, with a warning naming it", async () => {
    const pdf = pagePdf();
    // Header and trailer kept (check passes it); the objects between them are gone.
    const broken = Buffer.concat([pdf.subarray(0, 9), Buffer.from("garbage\n".repeat(20)), pdf.subarray(-6)]);
    const root = writeArchive({ issues: { "2025-03-17": { "01.txt": SAMPLE_PAGE, "01.pdf": broken } } });
    const output = mkdtempSync(join(tmpdir(), "test-site-"));
    cleanup.push(root, output);
    const result = await runBuild(root, output, { quiet: true });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /issues\/2025\/2025-03-17\/01\.pdf: warning: the PDF's first page could not be drawn/,
    );
    expect(existsSync(join(output, "2025/03/17/1/2025-03-17-1.pdf"))).toBe(true);
  });
});

describe("a damaged scan", () => {
  it("should fail the build with a check-style line naming the file", async () => {
    const png = await pageImage("png", 400);
    // The PNG signature and the IEND chunk are kept; the image data between them is not.
    const damaged = Buffer.concat([
      png.subarray(0, 100),
      Buffer.alloc(png.length - 112, 0x55),
      png.subarray(-12),
    ]);
    const root = writeArchive({ issues: { "2025-03-17": { "01.txt": SAMPLE_PAGE, "01.png": damaged } } });
    const output = mkdtempSync(join(tmpdir(), "test-site-"));
    cleanup.push(root, output);
    const result = await runBuild(root, output, { quiet: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /issues\/2025\/2025-03-17\/01\.png: error: the image could not be processed: .+ — the file is damaged/,
    );
  });
});

/**
 * Test helper: a small archive written into a temp dir, file by file, as a librarian would lay it out.
 * Page text is cut from the real sample page so that the page reader sees real newspaper lines.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { formatDiagnostic } from "../../src/load/format.js";
import { loadArchive, type LoadResult } from "../../src/load/index.js";

export const repoRoot = resolve(import.meta.dirname, "../..");

/** The real sample page, as committed in the sample archive. */
export const SAMPLE_PAGE = readFileSync(
  join(repoRoot, "test/fixtures/corpus/000_44ab08e54eea3468.txt"),
  "utf8",
);

/** The first lines of the sample page as GB18030 bytes (made with `iconv -f UTF-8 -t GB18030`). */
export const GB18030_PAGE = readFileSync(join(repoRoot, "test/fixtures/archives/gb18030-page.txt"));

export const CONFIG = [
  "title: 聊城新闻档案",
  "language: zh-CN",
  "timeZone: Asia/Shanghai",
  "baseUrl: https://example.org",
  "",
].join("\n");

export interface TempArchive {
  root: string;
  load: () => LoadResult;
  /** Every diagnostic as `check` prints it. */
  lines: () => string[];
  remove: () => void;
}

/** `files` maps paths under the archive root to their content; `archive.yaml` defaults to CONFIG. */
/** A `null` content leaves the file out (to test a missing archive.yaml). */
export function tempArchive(files: Record<string, string | Uint8Array | null>): TempArchive {
  const root = mkdtempSync(join(tmpdir(), "load-archive-"));
  for (const [path, content] of Object.entries({ "archive.yaml": CONFIG, ...files })) {
    if (content === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return {
    root,
    load: () => loadArchive(root),
    lines: () => loadArchive(root).diagnostics.map(formatDiagnostic),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

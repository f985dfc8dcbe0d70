/**
 * Test helper: a small archive written into a temp dir, file by file, as a librarian would lay it out.
 * Page text is cut from the real sample page so that the page reader sees real newspaper lines.
 */
import { formatDiagnostic } from "../../src/load/format.js";
import { loadArchive, type LoadResult } from "../../src/load/index.js";
import { type ArchiveFiles, tempArchive as writeTempArchive } from "../support/archive.js";

export const CONFIG = [
  "title: 聊城新闻档案",
  "language: zh-CN",
  "timeZone: Asia/Shanghai",
  "baseUrl: https://example.org",
  "",
].join("\n");

/** An archive in a temp dir (`test/support/archive.ts`), with the loader's view of it. */
export interface TempArchive {
  root: string;
  load: () => LoadResult;
  /** Every diagnostic as `check` prints it. */
  lines: () => string[];
  remove: () => void;
}

/** `files` maps paths under the archive root to their content; `archive.yaml` defaults to CONFIG. */
/** A `null` content leaves the file out (to test a missing archive.yaml). */
export function tempArchive(files: ArchiveFiles): TempArchive {
  const archive = writeTempArchive({ "archive.yaml": CONFIG, ...files });
  return {
    ...archive,
    load: () => loadArchive(archive.root),
    lines: () => loadArchive(archive.root).diagnostics.map(formatDiagnostic),
  };
}

/**
 * The one way tests write an archive: files laid out under an archive root in a temp dir, as a
 * librarian would (`archive.yaml`, `issues/<year>/<date>/<page>.txt`, `issue.yaml`).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./build.js";

/** Paths under the archive root → content; a `null` content leaves the file out. */
export type ArchiveFiles = Record<string, string | Uint8Array | null>;

export interface TempArchive {
  root: string;
  remove: () => void;
}

/** Writes `files` under `root`, making the folders they need; returns `root`. */
export function writeFiles(root: string, files: ArchiveFiles): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** An archive of `files` in a fresh temp dir. */
export function tempArchive(files: ArchiveFiles): TempArchive {
  const root = writeFiles(mkdtempSync(join(tmpdir(), "test-archive-")), files);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A copy of the repo's sample archive (archive.yaml and issues/) in `dir`, plus `files` written over it. */
export function copySample(dir: string, files: ArchiveFiles = {}): string {
  cpSync(join(repoRoot, "archive.yaml"), join(dir, "archive.yaml"));
  cpSync(join(repoRoot, "issues"), join(dir, "issues"), { recursive: true });
  return writeFiles(dir, files);
}

/** The folder of an issue under the archive root: `issues/2025/2025-03-17`. */
export const issueFolder = (date: string): string => `issues/${date.slice(0, 4)}/${date}`;

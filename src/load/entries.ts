/** Listing folders for the loader: a fixed order, and no crash on an entry that cannot be looked at. */
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { sep } from "node:path";

/** Entry names in a fixed order (UTF-16 code units), so that output never depends on the file system. */
export const sortedEntries = (dir: string): string[] => readdirSync(dir).sort();

export type EntryKind =
  | { kind: "folder" }
  | { kind: "file" }
  | { kind: "missing" }
  | { kind: "unreadable"; reason: string }
  /** A link (or a path through a linked folder) whose real path lies outside `issues/`. */
  | { kind: "outside"; target: string };

/**
 * What is at `path`, following links; a broken link or a permission problem is "unreadable".
 * `boundary` is the real path of the archive's `issues/` folder: an entry whose real path is not
 * under it is "outside", so that a link to `/etc/passwd` or to the repository's `.git/config` is
 * never read, let alone published.
 */
export function entryKind(path: string, boundary: string): EntryKind {
  try {
    const stat = statSync(path);
    const real = realpathSync(path);
    if (real !== boundary && !real.startsWith(boundary + sep)) return { kind: "outside", target: real };
    return stat.isDirectory() ? { kind: "folder" } : { kind: "file" };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code !== "ENOENT") return { kind: "unreadable", reason: code };
    return isLink(path) ? { kind: "unreadable", reason: "a link to nothing" } : { kind: "missing" };
  }
}

/** The real path of the archive's `issues/` folder (itself possibly a link), the boundary of `entryKind`. */
export function realBoundary(issuesDir: string): string {
  return realpathSync(issuesDir);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Listing folders for the loader: a fixed order, and no crash on an entry that cannot be looked at. */
import { lstatSync, readdirSync, statSync } from "node:fs";

/** Entry names in a fixed order (UTF-16 code units), so that output never depends on the file system. */
export const sortedEntries = (dir: string): string[] => readdirSync(dir).sort();

export type EntryKind =
  { kind: "folder" } | { kind: "file" } | { kind: "missing" } | { kind: "unreadable"; reason: string };

/** What is at `path`, following links; a broken link or a permission problem is "unreadable". */
export function entryKind(path: string): EntryKind {
  try {
    return statSync(path).isDirectory() ? { kind: "folder" } : { kind: "file" };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code !== "ENOENT") return { kind: "unreadable", reason: code };
    return isLink(path) ? { kind: "unreadable", reason: "a link to nothing" } : { kind: "missing" };
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

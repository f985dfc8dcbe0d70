/**
 * Walking `issues/` for issue folders: `issues/2025-03-17/` and `issues/2025/2025-03-17/`.
 * Everything else met on the way is reported, never skipped silently.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { isJunk } from "./file-kinds.js";
import { classifyFolder } from "./folder-names.js";

export const ISSUES_DIR = "issues";

export interface IssueFolder {
  /** Path relative to the archive root, `/` separators: `issues/2025/2025-03-17`. */
  dir: string;
  date: string;
  edition: string | null;
}

export interface FoundFolders {
  folders: IssueFolder[];
  diagnostics: Diagnostic[];
}

/** Entry names in a fixed order (UTF-16 code units), so that output never depends on the file system. */
export const sortedEntries = (dir: string): string[] => readdirSync(dir).sort();

export const isDirectory = (path: string): boolean => statSync(path).isDirectory();

/** False, rather than a crash, when nothing is at `path`. */
export function isExistingDirectory(path: string): boolean {
  try {
    return isDirectory(path);
  } catch {
    return false;
  }
}

export function findIssueFolders(root: string): FoundFolders {
  const found: FoundFolders = { folders: [], diagnostics: [] };
  const top = join(root, ISSUES_DIR);
  if (!isExistingDirectory(top))
    return { folders: [], diagnostics: [diagnose("missing-issues-folder", ISSUES_DIR, {})] };
  visit(root, ISSUES_DIR, null, found);
  if (found.folders.length === 0 && !found.diagnostics.some((d) => d.severity === "error"))
    found.diagnostics.push(diagnose("no-issues", ISSUES_DIR, {}));
  return found;
}

/** `year` is the year folder being walked, or null at the top of `issues/`. */
function visit(root: string, dir: string, year: string | null, found: FoundFolders): void {
  for (const name of sortedEntries(join(root, dir))) {
    const path = `${dir}/${name}`;
    if (isJunk(name)) {
      found.diagnostics.push(diagnose("junk-file", path, {}));
      continue;
    }
    if (!isDirectory(join(root, path))) {
      found.diagnostics.push(diagnose("stray-file", path, {}));
      continue;
    }
    const kind = classifyFolder(name, path);
    if (kind.kind === "invalid") found.diagnostics.push(kind.diagnostic);
    else if (kind.kind === "year" && year === null) visit(root, path, kind.year, found);
    else if (kind.kind === "year")
      found.diagnostics.push(diagnose("not-a-date", path, { name, suggestion: null }));
    else {
      const issueYear = kind.date.slice(0, 4);
      if (year !== null && issueYear !== year)
        found.diagnostics.push(
          diagnose("year-mismatch", path, { year, issueYear, target: `${ISSUES_DIR}/${issueYear}/${name}` }),
        );
      found.folders.push({ dir: path, date: kind.date, edition: kind.edition });
    }
  }
}

/**
 * Walking `issues/` for issue folders: `issues/2025-03-17/` and `issues/2025/2025-03-17/`.
 * Everything else met on the way is reported, never skipped silently.
 */
import { join } from "node:path";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { entryKind, realBoundary, sortedEntries } from "./entries.js";
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

export function findIssueFolders(root: string): FoundFolders {
  const found: FoundFolders = { folders: [], diagnostics: [] };
  const top = join(root, ISSUES_DIR);
  let boundary: string;
  try {
    boundary = realBoundary(top);
  } catch {
    return { folders: [], diagnostics: [diagnose("missing-issues-folder", ISSUES_DIR, {})] };
  }
  if (entryKind(top, boundary).kind !== "folder")
    return { folders: [], diagnostics: [diagnose("missing-issues-folder", ISSUES_DIR, {})] };
  visit(root, boundary, ISSUES_DIR, null, found);
  if (found.folders.length === 0 && !found.diagnostics.some((d) => d.severity === "error"))
    found.diagnostics.push(diagnose("no-issues", ISSUES_DIR, {}));
  return found;
}

/** `year` is the year folder being walked, or null at the top of `issues/`. */
function visit(root: string, boundary: string, dir: string, year: string | null, found: FoundFolders): void {
  for (const name of sortedEntries(join(root, dir))) {
    const path = `${dir}/${name}`;
    if (isJunk(name)) {
      found.diagnostics.push(diagnose("junk-file", path, {}));
      continue;
    }
    const entry = entryKind(join(root, path), boundary);
    if (entry.kind === "outside") {
      found.diagnostics.push(diagnose("outside-issues", path, { target: entry.target }));
      continue;
    }
    if (entry.kind === "unreadable") {
      found.diagnostics.push(diagnose("unreadable-file", path, { reason: entry.reason }));
      continue;
    }
    if (entry.kind !== "folder") {
      found.diagnostics.push(diagnose("stray-file", path, {}));
      continue;
    }
    const kind = classifyFolder(name, path);
    if (kind.kind === "invalid") found.diagnostics.push(kind.diagnostic);
    else if (kind.kind === "year" && year === null) visit(root, boundary, path, kind.year, found);
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

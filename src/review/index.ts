/**
 * The review of an archive: every page with something to check, its lines beside how each was
 * read, and what to check with the directive that fixes it. Written by `npm run review` for the
 * librarian only; never part of the published site.
 */
import { join } from "node:path";
import type { Diagnostic } from "../load/diagnostic.js";
import type { LoadResult } from "../load/index.js";
import { type Doubt, pageDoubts } from "./doubts.js";
import { lineRoles, type ReadLine } from "./line-roles.js";

export type { Doubt } from "./doubts.js";
export type { ReadLine } from "./line-roles.js";

export interface PageReview {
  /** The page file, relative to the archive root. */
  file: string;
  /** The file's absolute path, for a link that opens it. */
  path: string;
  /** `2025-03-17, page 5`. */
  label: string;
  lines: ReadLine[];
  doubts: Doubt[];
}

export interface Review {
  title: string;
  /** The archive's language, for the lines of its pages. */
  language: string;
  pages: PageReview[];
  /** Problems of files that are not reviewed page by page (settings, folders, unreadable pages). */
  others: Diagnostic[];
}

/** The review of the archive at `root`, loaded as `result`. */
export function reviewArchive(root: string, result: LoadResult): Review {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const pages: PageReview[] = [];
  for (const issue of result.archive.issues)
    for (const page of issue.pages) {
      const lines = lineRoles(page.text, page.reading);
      const doubts = pageDoubts(byFile.get(page.file) ?? [], page.reading, lines);
      byFile.delete(page.file);
      if (doubts.length === 0) continue;
      const edition = issue.edition ? ` (${issue.edition})` : "";
      pages.push({
        file: page.file,
        path: join(root, page.file),
        label: `${issue.date}${edition}, page ${page.number}`,
        lines,
        doubts,
      });
    }
  return {
    title: result.archive.config.title,
    language: result.archive.config.language,
    pages,
    others: [...byFile.values()].flat(),
  };
}

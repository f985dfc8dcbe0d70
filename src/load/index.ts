/**
 * Loading the archive: files on disk → typed model, plus every problem found on the way, all at
 * once. Each file is read exactly once. Nothing is dropped silently: a file that is not used is
 * reported, and a page that cannot be read is reported (and left out of `archive`, so callers
 * that publish must refuse when there are errors; see `loadArchiveOrThrow`).
 */
import type { Archive, ArchiveConfig, Issue } from "../model.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { loadConfig } from "./config-file.js";
import { loadIssue } from "./issue.js";
import { findIssueFolders } from "./issue-folders.js";
import type { ConfigOverrides } from "./overrides.js";
import type { PageReader } from "./reading-cache.js";
import type { LoadedPages } from "./page-cache.js";

export type { Diagnostic } from "./diagnostic.js";
export type { ConfigOverrides } from "./overrides.js";

export interface LoadResult {
  archive: Archive;
  /** Ordered by file, then line: the order `check` prints them in. */
  diagnostics: Diagnostic[];
}

/** Stands in for an archive.yaml that is missing or invalid, so the issues can still be checked. */
const PLACEHOLDER_CONFIG: ArchiveConfig = {
  title: "",
  description: "",
  language: "en",
  timeZone: "UTC",
  baseUrl: "http://localhost",
  pathPrefix: "/",
  newspaper: [{ title: "", from: null }],
  publisher: "",
  feedLimit: 50,
};

/**
 * `root` holds `archive.yaml` and `issues/`; `overrides` replace archive.yaml values (see
 * overrides.ts); `read` reads a page's text (the page reader, or the same through its cache);
 * `kept`, the pages of the last load with the same `read` (`page-cache.ts`).
 */
export function loadArchive(
  root: string,
  overrides: ConfigOverrides = {},
  read?: PageReader,
  kept?: LoadedPages,
): LoadResult {
  const loadedConfig = loadConfig(root, overrides);
  const config = loadedConfig.config ?? PLACEHOLDER_CONFIG;
  const found = findIssueFolders(root);
  const diagnostics = [...loadedConfig.diagnostics, ...found.diagnostics];
  const issues: Issue[] = [];
  const folderOf = new Map<string, string>();
  for (const folder of found.folders) {
    const key = `${folder.date}/${folder.edition ?? ""}`;
    const other = folderOf.get(key);
    if (other !== undefined)
      diagnostics.push(diagnose("duplicate-issue", folder.dir, { date: folder.date, other }));
    else folderOf.set(key, folder.dir);
    const loaded = loadIssue(root, folder, config.headlinePosition, read, kept);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.issue && other === undefined) issues.push(loaded.issue);
  }
  kept?.done();
  issues.sort(byDateThenEdition);
  return { archive: { config, issues }, diagnostics: diagnostics.sort(byFileThenLine) };
}

/** The main edition (no slug) first, then editions by name. */
function byDateThenEdition(a: Issue, b: Issue): number {
  return compare(a.date, b.date) || compare(a.edition ?? "", b.edition ?? "");
}

function byFileThenLine(a: Diagnostic, b: Diagnostic): number {
  return compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Code-unit order, the same on every machine and locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

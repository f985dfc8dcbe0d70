/**
 * One issue folder → an `Issue`: its optional `issue.yaml`, its page files in printed order, and a
 * report on every other entry in the folder.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { closest } from "../config/closest.js";
import { ISSUE_METADATA_FILE, issueMetadataSpec, type IssueMetadata } from "../config/issue-metadata.js";
import { parseYamlFile } from "../config/yaml-file.js";
import type { Issue, Page } from "../model.js";
import type { HeadlinePosition } from "../read/types.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { decodeText } from "./decode.js";
import { isJunk, isMisnamedMetadata, isPageFile, notAPageHint } from "./file-kinds.js";
import { entryKind, realBoundary, sortedEntries } from "./entries.js";
import { ISSUES_DIR, type IssueFolder } from "./issue-folders.js";
import { loadPage } from "./page.js";
import { numberPages } from "./page-numbers.js";
import { readBytes } from "./read-file.js";

export interface LoadedIssue {
  /** Null when no page of the issue can be published. */
  issue: Issue | null;
  diagnostics: Diagnostic[];
}

/** `defaultHeadlines` is archive.yaml's `headlinePosition`, used when issue.yaml says nothing. */
export function loadIssue(
  root: string,
  folder: IssueFolder,
  defaultHeadlines?: HeadlinePosition,
): LoadedIssue {
  const boundary = realBoundary(join(root, ISSUES_DIR));
  const { pageNames, diagnostics } = listFolder(root, boundary, folder.dir);
  const { metadata, diagnostics: metadataDiagnostics } = loadMetadata(root, boundary, folder.dir, pageNames);
  diagnostics.push(...metadataDiagnostics);
  if (pageNames.length === 0) {
    diagnostics.push(diagnose("no-pages", folder.dir, {}));
    return { issue: null, diagnostics };
  }

  const pageMeta = (name: string) => metadata.pages?.[name] ?? null;
  const numbering = numberPages(
    pageNames.map((name) => ({ name, path: `${folder.dir}/${name}`, explicit: pageMeta(name)?.number })),
  );
  diagnostics.push(...numbering.diagnostics);
  const pages: Page[] = [];
  for (const name of pageNames) {
    const result = loadPage({
      path: join(root, folder.dir, name),
      file: `${folder.dir}/${name}`,
      number: numbering.numbers.get(name) ?? null,
      name: pageMeta(name)?.name ?? null,
      headlinePosition: pageMeta(name)?.headlines ?? metadata.headlines ?? defaultHeadlines,
    });
    diagnostics.push(...result.diagnostics);
    if (result.page) pages.push(result.page);
  }
  if (pages.length === 0) return { issue: null, diagnostics };
  pages.sort((a, b) => a.number - b.number);
  const issue: Issue = {
    date: folder.date,
    edition: folder.edition,
    editionLabel: metadata.edition ?? null,
    number: metadata.number ?? null,
    dir: folder.dir,
    pages,
  };
  return { issue, diagnostics };
}

/** The page files of an issue folder; every other entry but issue.yaml is reported. */
function listFolder(
  root: string,
  boundary: string,
  dir: string,
): { pageNames: string[]; diagnostics: Diagnostic[] } {
  const pageNames: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of sortedEntries(join(root, dir))) {
    const file = `${dir}/${name}`;
    if (name === ISSUE_METADATA_FILE) continue; // read by loadMetadata, once the page files are known
    const entry = entryKind(join(root, file), boundary);
    if (isJunk(name)) diagnostics.push(diagnose("junk-file", file, {}));
    else if (entry.kind === "outside")
      diagnostics.push(diagnose("outside-issues", file, { target: entry.target }));
    else if (entry.kind === "unreadable")
      diagnostics.push(diagnose("unreadable-file", file, { reason: entry.reason }));
    else if (entry.kind === "folder")
      diagnostics.push(
        holdsPageFiles(join(root, file))
          ? diagnose("pages-in-subfolder", file, { dir })
          : diagnose("unexpected-folder", file, {}),
      );
    else if (isPageFile(name)) pageNames.push(name);
    else if (isMisnamedMetadata(name)) diagnostics.push(diagnose("misnamed-metadata", file, { name }));
    else diagnostics.push(diagnose("not-a-page", file, { hint: notAPageHint(name) }));
  }
  return { pageNames, diagnostics };
}

/** Does a folder inside an issue folder hold page files, at any depth? Pages there are not published. */
function holdsPageFiles(path: string): boolean {
  try {
    return readdirSync(path, { recursive: true, encoding: "utf8" }).some(
      (name) => isPageFile(name) && !isJunk(basename(name)),
    );
  } catch {
    return false;
  }
}

/** The folder's issue.yaml, if any, checked against the page files it describes. */
function loadMetadata(
  root: string,
  boundary: string,
  dir: string,
  pageNames: readonly string[],
): { metadata: IssueMetadata; diagnostics: Diagnostic[] } {
  const file = `${dir}/${ISSUE_METADATA_FILE}`;
  const path = join(root, file);
  const entry = entryKind(path, boundary);
  if (entry.kind === "missing") return { metadata: {}, diagnostics: [] };
  if (entry.kind === "outside")
    return { metadata: {}, diagnostics: [diagnose("outside-issues", file, { target: entry.target })] };
  if (entry.kind === "folder")
    return { metadata: {}, diagnostics: [diagnose("unexpected-folder", file, {})] };
  const read = readBytes(path, file);
  if (!read.ok) return { metadata: {}, diagnostics: [read.diagnostic] };
  const decoded = decodeText(read.bytes, file);
  if (!decoded.ok) return { metadata: {}, diagnostics: [decoded.diagnostic] };
  const parsed = parseYamlFile(decoded.text, file, issueMetadataSpec);
  if (!parsed.value) return { metadata: {}, diagnostics: parsed.diagnostics };
  const diagnostics = Object.keys(parsed.value.pages ?? {})
    .filter((name) => !pageNames.includes(name))
    .map((name) =>
      diagnose(
        "unknown-page-file",
        file,
        { name, suggestion: closest(name, pageNames), files: [...pageNames] },
        parsed.lineOfKey(["pages", name]),
      ),
    );
  return { metadata: parsed.value, diagnostics };
}

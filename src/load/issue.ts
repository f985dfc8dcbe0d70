/**
 * One issue folder → an `Issue`: its optional `issue.yaml`, its page files and their prints in printed order, and a
 * report on every other entry in the folder.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { closest } from "../config/closest.js";
import { ISSUE_METADATA_FILE, issueMetadataSpec, type IssueMetadata } from "../config/issue-metadata.js";
import { parseYamlFile } from "../config/yaml-file.js";
import type { Issue, Page, PrintFile } from "../model.js";
import type { HeadlinePosition, PageReading } from "../read/types.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { decodeText } from "./decode.js";
import { isJunk, isMisnamedMetadata, isPageFile, notAPageHint, printKind } from "./file-kinds.js";
import { entryKind, realBoundary, sortedEntries } from "./entries.js";
import { ISSUES_DIR, type IssueFolder } from "./issue-folders.js";
import { loadPage } from "./page.js";
import type { PageReader } from "./reading-cache.js";
import type { LoadedPages } from "./page-cache.js";
import { checkPrint } from "./print-file.js";
import { pairPrints } from "./print-pairs.js";
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
  read?: PageReader,
  kept?: LoadedPages,
): LoadedIssue {
  const boundary = realBoundary(join(root, ISSUES_DIR));
  const { pageNames: textNames, printNames, diagnostics } = listFolder(root, boundary, folder.dir);
  const pairs = pairPrints(folder.dir, folder.date, textNames, printNames);
  diagnostics.push(...pairs.diagnostics);
  const prints = checkPrints(root, folder.dir, printNames, diagnostics);
  // A print with no text file is a page of its own, named by its file in issue.yaml and in messages.
  const pageNames = [...textNames, ...pairs.printOnly].sort();
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
    const found = pairs.byPage.get(name) ?? {};
    const image = found.image === undefined ? null : (prints.get(found.image) ?? null);
    const pdf = found.pdf === undefined ? null : (prints.get(found.pdf) ?? null);
    const number = numbering.numbers.get(name) ?? null;
    if (!isPageFile(name)) {
      const print = image ?? pdf;
      if (print === null || number === null) continue; // already reported
      diagnostics.push(diagnose("print-without-text", print.file, { number: String(number) }));
      const page = {
        number,
        name: pageMeta(name)?.name ?? null,
        file: print.file,
        text: "",
        reading: NO_TEXT,
      };
      pages.push({ ...page, image, pdf });
      continue;
    }
    const result = loadPage(
      {
        path: join(root, folder.dir, name),
        file: `${folder.dir}/${name}`,
        number,
        name: pageMeta(name)?.name ?? null,
        headlinePosition: pageMeta(name)?.headlines ?? metadata.headlines ?? defaultHeadlines,
      },
      read,
      kept,
    );
    diagnostics.push(...result.diagnostics);
    if (result.page) pages.push({ ...result.page, image, pdf });
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
    pdf: pairs.issuePdf === null ? null : (prints.get(pairs.issuePdf) ?? null),
  };
  return { issue, diagnostics };
}

/** What a page published with its print only reads as: nothing. */
const NO_TEXT: PageReading = { headlinePosition: "before-body", items: [], warnings: [] };

/** Each print checked (print-file.ts); those that can be published, by file name. */
function checkPrints(
  root: string,
  dir: string,
  printNames: readonly { name: string; kind: PrintFile["kind"] }[],
  diagnostics: Diagnostic[],
): Map<string, PrintFile> {
  const prints = new Map<string, PrintFile>();
  for (const { name, kind } of printNames) {
    const checked = checkPrint(join(root, dir, name), `${dir}/${name}`, kind);
    diagnostics.push(...checked.diagnostics);
    if (checked.print) prints.set(name, checked.print);
  }
  return prints;
}

/** The page files and prints of an issue folder; every other entry but issue.yaml is reported. */
function listFolder(
  root: string,
  boundary: string,
  dir: string,
): {
  pageNames: string[];
  printNames: { name: string; kind: PrintFile["kind"] }[];
  diagnostics: Diagnostic[];
} {
  const pageNames: string[] = [];
  const printNames: { name: string; kind: PrintFile["kind"] }[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of sortedEntries(join(root, dir))) {
    const file = `${dir}/${name}`;
    if (name === ISSUE_METADATA_FILE) continue; // read by loadMetadata, once the page files are known
    const entry = entryKind(join(root, file), boundary);
    const kind = printKind(name);
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
    else if (kind !== null) printNames.push({ name, kind });
    else if (isMisnamedMetadata(name)) diagnostics.push(diagnose("misnamed-metadata", file, { name }));
    else diagnostics.push(diagnose("not-a-page", file, { hint: notAPageHint(name) }));
  }
  return { pageNames, printNames, diagnostics };
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

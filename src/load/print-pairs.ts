/**
 * Which page each print of an issue folder belongs to. Pure.
 *
 * A print belongs to the text file of the same name (`local.jpg` → `local.txt`), else to the text
 * file with the same leading number (`01.jpg`, `01-scan.pdf` → `01.txt`). A print with no text file
 * is a page of its own, published with its print only. A PDF whose name has no page number, or
 * starts with the issue's date (`issue.pdf`, `2025-03-17.pdf`), is the PDF of the whole issue.
 */
import type { PrintFile } from "../model.js";
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";
import { leadingNumber } from "./page-numbers.js";

/** The prints of one page, by file name. */
export interface PagePrintNames {
  image?: string;
  pdf?: string;
}

export interface PrintPairs {
  /** Page name (a text file's, or for a page with prints only its first print's, in file name order) → its prints. */
  byPage: Map<string, PagePrintNames>;
  /** The pages that have a print and no text, by the name that stands for them. */
  printOnly: string[];
  issuePdf: string | null;
  diagnostics: Diagnostic[];
}

const stem = (name: string): string => name.replace(/\.[^.]*$/, "");

const WHAT = { image: "image of this page", pdf: "PDF of this page" } as const;

/**
 * `textNames` and `prints` in file name order; `dir` is the folder relative to the archive root and
 * `date` its issue's date.
 */
export function pairPrints(
  dir: string,
  date: string,
  textNames: readonly string[],
  prints: readonly { name: string; kind: PrintFile["kind"] }[],
): PrintPairs {
  const pairs: PrintPairs = { byPage: new Map(), printOnly: [], issuePdf: null, diagnostics: [] };
  const byStem = new Map(textNames.map((name) => [stem(name), name]));
  const byNumber = new Map<number, string>();
  for (const name of textNames) {
    const n = leadingNumber(name);
    if (n !== null && !byNumber.has(n)) byNumber.set(n, name);
  }
  const printOnlyByNumber = new Map<number, string>();
  for (const { name, kind } of prints) {
    const n = leadingNumber(name);
    if (kind === "pdf" && !byStem.has(stem(name)) && (n === null || name.startsWith(date))) {
      if (pairs.issuePdf === null) pairs.issuePdf = name;
      else pairs.diagnostics.push(duplicate(dir, name, "PDF of the whole issue", pairs.issuePdf));
      continue;
    }
    let page = byStem.get(stem(name)) ?? (n === null ? undefined : byNumber.get(n));
    if (page === undefined && n !== null) page = printOnlyByNumber.get(n);
    if (page === undefined) {
      // A print with no text file is a page of its own; its number comes from its name, as a text's would.
      page = name;
      if (n !== null) printOnlyByNumber.set(n, name);
      pairs.printOnly.push(name);
    }
    const found = pairs.byPage.get(page) ?? {};
    const other = found[kind];
    if (other !== undefined) pairs.diagnostics.push(duplicate(dir, name, WHAT[kind], other));
    else pairs.byPage.set(page, { ...found, [kind]: name });
  }
  return pairs;
}

const duplicate = (dir: string, name: string, what: string, other: string): Diagnostic =>
  diagnose("duplicate-print", `${dir}/${name}`, { what, other: `${dir}/${other}` });

/**
 * Citations for reference managers: RIS (EndNote, Zotero, …) and CSL-JSON (Zotero, Pandoc,
 * citeproc), one file of each per issue with every item of the issue (`pages/cite-*.njk`).
 */
import type { CitationRecord } from "./citation.js";

/** RIS ends every line with CR LF, and every record with `ER  - `. */
const RIS_EOL = "\r\n";

const risLine = (tag: string, value: string): string => `${tag}  - ${value.replace(/\s+/g, " ")}${RIS_EOL}`;

/** One RIS record of type NEWS (newspaper article). */
export function risRecord(c: CitationRecord): string {
  const [y, m, d] = c.isoDate.split("-");
  return [
    risLine("TY", "NEWS"),
    ...c.authors.map((name) => risLine("AU", name)),
    risLine("TI", c.subtitle ? `${c.title}: ${c.subtitle}` : c.title),
    risLine("T2", c.newspaper),
    risLine("PY", y ?? ""),
    risLine("DA", `${y}/${m}/${d}/`),
    risLine("SP", String(c.pageNumber)),
    ...(c.pageName ? [risLine("SE", c.pageName)] : []),
    ...(c.issueNumber === null ? [] : [risLine("IS", String(c.issueNumber))]),
    ...(c.publisher ? [risLine("PB", c.publisher)] : []),
    risLine("LA", c.language),
    risLine("UR", c.url),
    ...(c.description ? [risLine("AB", c.description)] : []),
    risLine("ER", ""),
  ].join("");
}

export const risFile = (records: readonly CitationRecord[]): string => records.map(risRecord).join(RIS_EOL);

/** A CSL-JSON item (citeproc's input schema), type `article-newspaper`. */
export interface CslItem {
  id: string;
  type: "article-newspaper";
  title: string;
  /** Chinese names are not split into family and given names: that takes knowing the surname. */
  author?: { literal: string }[];
  "container-title": string;
  publisher?: string;
  issued: { "date-parts": [[number, number, number]] };
  page: string;
  section?: string;
  issue?: string;
  language: string;
  URL: string;
  abstract?: string;
}

export function cslItem(c: CitationRecord): CslItem {
  const [y, m, d] = c.isoDate.split("-").map(Number) as [number, number, number];
  return {
    id: c.url,
    type: "article-newspaper",
    title: c.subtitle ? `${c.title}: ${c.subtitle}` : c.title,
    ...(c.authors.length ? { author: c.authors.map((literal) => ({ literal })) } : {}),
    "container-title": c.newspaper,
    ...(c.publisher ? { publisher: c.publisher } : {}),
    issued: { "date-parts": [[y, m, d]] },
    page: String(c.pageNumber),
    ...(c.pageName ? { section: c.pageName } : {}),
    ...(c.issueNumber === null ? {} : { issue: String(c.issueNumber) }),
    language: c.language,
    URL: c.url,
    ...(c.description ? { abstract: c.description } : {}),
  };
}

export const cslFile = (records: readonly CitationRecord[]): string =>
  `${JSON.stringify(records.map(cslItem), null, 2)}\n`;

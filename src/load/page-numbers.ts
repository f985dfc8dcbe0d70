/**
 * Printed page numbers (版次) for the page files of one issue. Pure.
 *
 * A page's number is the leading integer of its file name (`01.txt`, `5-local.txt`,
 * `000_44ab08e54eea3468.txt`), unless the issue's `issue.yaml` gives it one. Exporters that count
 * from 0 name the first page `000_…`; when an issue's smallest file number is 0, every number taken
 * from a file name is shifted by one so that printed pages start at 1, as on paper.
 */
import type { Diagnostic } from "./diagnostic.js";
import { diagnose } from "./catalogue.js";

export interface PageFile {
  /** File name inside the issue folder. */
  name: string;
  /** Path relative to the archive root, named in diagnostics. */
  path: string;
  /** Number set in issue.yaml, which wins over the file name. */
  explicit?: number | undefined;
}

export interface Numbering {
  /** File name → printed page number, for every file that has one and is not a duplicate. */
  numbers: Map<string, number>;
  diagnostics: Diagnostic[];
}

/**
 * The highest printed page number: no newspaper prints a thousand pages in one issue, so a longer
 * number at the start of a file name is a date or an id (`20250318_p1.txt`), never a page.
 * (The search index's sort keys give page numbers three digits, see `src/search/record.ts`.)
 */
export const MAX_PAGE_NUMBER = 999;

/** The number a file name starts with, as digits (leading zeros dropped), or null when none. */
const leadingDigits = (name: string): string | null => {
  const m = /^\d+/.exec(name);
  return m ? m[0].replace(/^0+(?=\d)/, "") : null;
};

/** The page number a file name starts with; null when it starts with no number or too long a one. */
export const leadingNumber = (name: string): number | null => {
  const digits = leadingDigits(name);
  return digits === null || digits.length > String(MAX_PAGE_NUMBER).length || Number(digits) > MAX_PAGE_NUMBER
    ? null
    : Number(digits);
};

/** `files` in the order they should be reported (file name order); the first of two duplicates keeps its number. */
export function numberPages(files: readonly PageFile[]): Numbering {
  const fromNames = files.map((f) => leadingNumber(f.name)).filter((n): n is number => n !== null);
  const shift = fromNames.length > 0 && Math.min(...fromNames) === 0 ? 1 : 0;
  const numbers = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  const firstWith = new Map<number, string>();
  for (const file of files) {
    const fromName = leadingNumber(file.name);
    const number = file.explicit ?? (fromName === null ? null : fromName + shift);
    if (number === null) {
      const digits = leadingDigits(file.name);
      diagnostics.push(
        digits === null
          ? diagnose("no-page-number", file.path, { name: file.name })
          : diagnose("page-number-too-large", file.path, { name: file.name, digits, max: MAX_PAGE_NUMBER }),
      );
      continue;
    }
    const other = firstWith.get(number);
    if (other !== undefined) {
      diagnostics.push(diagnose("duplicate-page-number", file.path, { number, other }));
      continue;
    }
    firstWith.set(number, file.path);
    numbers.set(file.name, number);
  }
  return { numbers, diagnostics };
}

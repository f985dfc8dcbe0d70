/**
 * Every problem the loader can report, in one place: a stable code, a severity, what is wrong and
 * what to do about it, in the librarian's words. Loader modules never write messages themselves;
 * they call `diagnose(code, file, params)` so that wording stays consistent and reviewable here.
 */
import type { Diagnostic } from "./diagnostic.js";
import { shellQuote } from "./encoding.js";

interface Entry<P> {
  severity: Diagnostic["severity"];
  message: (p: P) => string;
  hint: (p: P) => string;
}

const entry = <P = Record<string, never>>(e: Entry<P>): Entry<P> => e;

/** How a librarian is told to convert a file, with the file's own path filled in, shell-quoted. */
const iconv = (from: string, file: string): string => {
  const [path, converted] = [shellQuote(file), shellQuote(`${file}.utf8`)];
  return `iconv -f ${from} -t UTF-8 ${path} > ${converted} && mv ${converted} ${path}`;
};

export const catalogue = {
  // --- the archive root ---
  "missing-config": entry({
    severity: "error",
    message: () => "no archive.yaml at the archive root",
    hint: () => "create it with at least title, language, timeZone and baseUrl (see docs/librarians.md)",
  }),
  "missing-issues-folder": entry({
    severity: "error",
    message: () => "no issues/ folder at the archive root",
    hint: () => "create issues/ with one folder per issue, named by its date: issues/2025-03-17/01.txt",
  }),
  "no-issues": entry({
    severity: "warning",
    message: () => "no issues yet: the site will have no pages to browse",
    hint: () => "add one folder per issue, named by its date: issues/2025-03-17/01.txt",
  }),

  // --- folders under issues/ ---
  "not-a-date": entry<{ name: string; suggestion: string | null }>({
    severity: "error",
    message: (p) => `folder name "${p.name}" is not a date`,
    hint: (p) =>
      p.suggestion
        ? `rename the folder to ${p.suggestion}`
        : "name issue folders by their date, YYYY-MM-DD (2025-03-17), or YYYY-MM-DD-edition (2025-03-17-evening); year folders are named YYYY",
  }),
  "impossible-date": entry<{ reason: string }>({
    severity: "error",
    message: (p) => `not a real date (${p.reason})`,
    hint: () => "rename the folder",
  }),
  "bad-edition": entry<{ edition: string; suggestion: string | null }>({
    severity: "error",
    message: (p) => `edition "${p.edition}" in the folder name is not a lowercase name`,
    hint: (p) =>
      p.suggestion
        ? `rename the folder to ${p.suggestion}`
        : "an edition is lowercase letters, digits and hyphens, starting with a letter: 2025-03-17-evening",
  }),
  "year-mismatch": entry<{ year: string; issueYear: string; target: string }>({
    severity: "error",
    message: (p) => `issue of ${p.issueYear} in the year folder ${p.year}`,
    hint: (p) => `move it to ${p.target}`,
  }),
  "duplicate-issue": entry<{ date: string; other: string }>({
    severity: "error",
    message: (p) => `a second folder for the issue of ${p.date}: ${p.other} is the same issue`,
    hint: () =>
      "keep one folder per issue: move the pages into one folder and delete the other, or give one an edition (2025-03-17-evening)",
  }),
  "no-pages": entry({
    severity: "error",
    message: () => "issue folder has no pages (.txt files)",
    hint: () => "add the issue's pages (01.txt, 02.txt, …) or delete the folder",
  }),
  "stray-file": entry({
    severity: "warning",
    message: () => "file outside any issue folder is not published",
    hint: () => "move it into its issue's folder (issues/2025-03-17/) or delete it",
  }),
  "unexpected-folder": entry({
    severity: "warning",
    message: () => "folder inside an issue folder is not read: nothing in it is published",
    hint: () => "put page files directly in the issue folder, or move this folder out of issues/",
  }),
  "outside-issues": entry<{ target: string }>({
    severity: "error",
    message: (p) => `is a link to ${p.target}, outside issues/: it is never read or published`,
    hint: () => "copy the file itself into the issue's folder instead of linking to it, or delete the link",
  }),
  "pages-in-subfolder": entry<{ dir: string }>({
    severity: "error",
    message: () =>
      "folder inside an issue folder holds page files (.txt), which are not published from there",
    hint: (p) =>
      `move the pages up into ${p.dir}/ (one folder per issue), or move this folder out of issues/`,
  }),
  "misnamed-metadata": entry<{ name: string }>({
    severity: "error",
    message: (p) => `"${p.name}" is not read: an issue's metadata file is named issue.yaml`,
    hint: () => "rename it to issue.yaml",
  }),
  "junk-file": entry({
    severity: "warning",
    message: () => "file left behind by the operating system or an editor is not published",
    hint: () => "delete it",
  }),
  "not-a-page": entry<{ hint: string }>({
    severity: "warning",
    message: () =>
      "not a page: only .txt files and the pages' prints (.pdf, .jpg, .png, .webp, .tif) are published",
    hint: (p) => p.hint,
  }),

  // --- page files ---
  "unreadable-file": entry<{ reason: string }>({
    severity: "error",
    message: (p) => `cannot be read (${p.reason})`,
    hint: () => "check that the file exists and that its permissions let you read it",
  }),
  "invalid-utf8": entry<{
    file: string;
    byte: string;
    offset: number;
    line: number;
    encoding: string | null;
  }>({
    severity: "error",
    message: (p) =>
      `not valid UTF-8: byte ${p.byte} at offset ${p.offset} (line ${p.line})` +
      (p.encoding ? `; it looks like ${p.encoding} text` : "; its encoding is not recognisable"),
    hint: (p) =>
      p.encoding
        ? `convert it to UTF-8: ${iconv(p.encoding, p.file)}`
        : `find out which encoding it was saved in (Chinese Windows exports are mostly GB18030) and convert it: ${iconv("ENCODING", p.file)}`,
  }),
  "utf16-text": entry<{ file: string; encoding: "UTF-16" | "UTF-16LE" | "UTF-16BE" }>({
    severity: "error",
    message: (p) =>
      `the page is UTF-16 text, not UTF-8${p.encoding === "UTF-16" ? "" : " (it has no byte-order mark)"}`,
    hint: (p) => `convert it to UTF-8: ${iconv(p.encoding, p.file)}`,
  }),
  "control-character": entry<{ codePoint: string; label: string | null; column: number; more: number }>({
    severity: "error",
    message: (p) =>
      `binary content: control character ${p.codePoint}${p.label ? ` (${p.label})` : ""} at column ${p.column}` +
      (p.more > 0 ? ` and ${p.more} more in the file` : ""),
    hint: () =>
      "the file is damaged or not plain text: export the page as text again, or delete the character",
  }),
  "invisible-character": entry<{ codePoint: string; name: string; column: number; more: number }>({
    severity: "warning",
    message: (p) =>
      `invisible character ${p.codePoint} (${p.name}) at column ${p.column}` +
      (p.more > 0 ? ` and ${p.more} more in the file` : ""),
    hint: () =>
      "search and links ignore it, but it is published as it is: delete it unless the print has it (an editor that shows invisible characters finds it)",
  }),
  "bidi-control": entry<{ codePoint: string; name: string; column: number; more: number }>({
    severity: "warning",
    message: (p) =>
      `bidi control ${p.codePoint} (${p.name}) at column ${p.column}` +
      (p.more > 0 ? ` and ${p.more} more in the file` : "") +
      ": it would turn the text after it around, so it is left out of the site",
    hint: () => "delete it from the file (an editor that shows invisible characters finds it)",
  }),
  "empty-page": entry<{ whitespace: boolean }>({
    severity: "error",
    message: (p) => (p.whitespace ? "the page holds only whitespace" : "the page is empty"),
    hint: () => "put the page's text in it, or delete the file",
  }),
  "empty-after-markup": entry({
    severity: "error",
    message: () => "nothing is left of the page once its @@ lines are taken out",
    hint: () => "put the page's text under the @@ lines, or delete the file",
  }),
  "no-page-number": entry<{ name: string }>({
    severity: "error",
    message: (p) => `file name "${p.name}" does not start with the page number`,
    hint: (p) =>
      `rename it to start with its page number (01.txt, 05-local.txt), or give it one in issue.yaml: pages: ${p.name}: number: 5`,
  }),
  "page-number-too-large": entry<{ name: string; digits: string; max: number }>({
    severity: "error",
    message: (p) =>
      `file name "${p.name}" starts with ${p.digits}, which is no page number (pages are numbered 1 to ${p.max})`,
    hint: (p) =>
      `name page files by their page number (01.txt, 02.txt, 05-local.txt), or give this one its number in issue.yaml: pages: ${p.name}: number: 1`,
  }),
  "duplicate-page-number": entry<{ number: number; other: string }>({
    severity: "error",
    message: (p) => `page ${p.number} twice: ${p.other} is page ${p.number} too`,
    hint: () => "renumber one of them: rename the file, or set its number in the issue's issue.yaml",
  }),

  // --- prints: the scans and PDFs beside the page files ---
  "corrupt-print": entry<{ kind: string; start: string }>({
    severity: "error",
    message: (p) => `not a readable ${p.kind}: the file starts with ${p.start}`,
    hint: () =>
      "export or scan the page again (a print is a JPEG, PNG, WebP or TIFF image, or a PDF), or move the file out of issues/",
  }),
  "truncated-print": entry<{ kind: string; missing: string }>({
    severity: "error",
    message: (p) => `the ${p.kind} is cut short: it has no ${p.missing} at its end`,
    hint: () => "the copy or download was interrupted: copy the file again from where it came from",
  }),
  "large-print": entry<{ megabytes: number; limit: number }>({
    severity: "warning",
    message: (p) => `a very large print (${p.megabytes} MB, over ${p.limit} MB)`,
    hint: () =>
      "readers download PDFs as they are, and large scans slow the first build: export at 300 dpi or compress it",
  }),
  "print-without-text": entry<{ number: string }>({
    severity: "warning",
    message: (p) =>
      `no text file for this print: page ${p.number} is published with its print only, and cannot be searched`,
    hint: () => "add the page's text beside it, with the same leading number (03.txt beside 03.jpg)",
  }),
  "duplicate-print": entry<{ what: string; other: string }>({
    severity: "error",
    message: (p) => `a second ${p.what}: ${p.other} is one already`,
    hint: () => "keep one of the two: a page has at most one image and one PDF",
  }),
  "pdf-not-rendered": entry<{ reason: string }>({
    severity: "warning",
    message: (p) => `the PDF's first page could not be drawn for its thumbnail: ${p.reason}`,
    hint: () => "the PDF is still published; if readers cannot open it either, export it again",
  }),
  "print-failed": entry<{ reason: string }>({
    severity: "error",
    message: (p) => `the image could not be processed: ${p.reason}`,
    hint: () =>
      "the file is damaged or in a form the image library cannot read: scan or export the page again",
  }),

  // --- what the page reader says about a page ---
  // The reader's messages already say what to mark; the hints say where the markup is explained.
  "unknown-markup": entry<{ text: string }>({
    severity: "error",
    message: (p) => p.text,
    hint: () => "fix or remove the @@ line; docs/markup.md lists the directives",
  }),
  "article-without-headline": entry<{ text: string }>({
    severity: "warning",
    message: (p) => p.text,
    hint: () => "check the page against the printed paper; docs/markup.md explains the markup",
  }),
  "headline-without-body": entry<{ text: string }>({
    severity: "warning",
    message: (p) => p.text,
    hint: () => "check the page against the printed paper; docs/markup.md explains the markup",
  }),
  "unstructured-page": entry<{ text: string }>({
    severity: "warning",
    message: (p) => p.text,
    hint: () => "the page is published as one text; docs/markup.md explains how to mark its articles",
  }),
  "reading-warning": entry<{ text: string }>({
    severity: "warning",
    message: (p) => p.text,
    hint: () => "check the page against the printed paper; docs/markup.md explains the markup",
  }),
  "read-failed": entry<{ reason: string }>({
    severity: "error",
    message: (p) => `the page could not be read: ${p.reason}`,
    hint: () => "this is a bug in the archive software: report it with the page file attached",
  }),

  // --- archive.yaml and issue.yaml ---
  "no-ui-translation": entry<{ language: string; name: string }>({
    severity: "warning",
    message: (p) =>
      `language: ${p.language} (${p.name}) has no built-in interface: menus and labels fall back to English`,
    hint: (p) =>
      `the articles are still marked as ${p.language}; the built-in interfaces are English and Chinese (zh-CN, zh-TW, zh-HK…)`,
  }),
  "yaml-syntax": entry<{ reason: string }>({
    severity: "error",
    message: (p) => `YAML syntax error: ${p.reason}`,
    hint: () => 'write one "key: value" per line, indent with spaces, and quote values that contain ": "',
  }),
  "duplicate-key": entry<{ key: string }>({
    severity: "error",
    message: (p) => `"${p.key}" is set twice`,
    hint: () => "keep one of the two lines",
  }),
  "not-a-mapping": entry({
    severity: "error",
    message: () => 'expected "key: value" lines',
    hint: () => "see docs/librarians.md for the keys this file takes",
  }),
  "unknown-key": entry<{ key: string; where: string; suggestion: string | null; known: string[] }>({
    severity: "error",
    message: (p) => `unknown key "${p.key}"${p.where}`,
    hint: (p) =>
      p.suggestion ? `did you mean "${p.suggestion}"?` : `the keys known here are: ${p.known.join(", ")}`,
  }),
  "missing-key": entry<{ key: string; help: string }>({
    severity: "error",
    message: (p) => `"${p.key}" is missing`,
    hint: (p) => `add it: ${p.help}`,
  }),
  "invalid-value": entry<{ key: string; problem: string; help: string }>({
    severity: "error",
    message: (p) => `${p.key}: ${p.problem}`,
    hint: (p) => p.help,
  }),
  "unknown-page-file": entry<{ name: string; suggestion: string | null; files: string[] }>({
    severity: "error",
    message: (p) => `pages: "${p.name}" is not a page file of this issue`,
    hint: (p) =>
      p.suggestion
        ? `did you mean "${p.suggestion}"?`
        : p.files.length > 0
          ? `the page files here are: ${p.files.join(", ")}`
          : "the folder has no page files",
  }),
} as const;

export type Code = keyof typeof catalogue;
type Params<C extends Code> = Parameters<(typeof catalogue)[C]["message"]>[0];

/** Builds the diagnostic for `code` at `file` (and `line`), worded by the catalogue. */
export function diagnose<C extends Code>(
  code: C,
  file: string,
  params: Params<C>,
  line?: number,
): Diagnostic {
  const e = catalogue[code] as unknown as Entry<Params<C>>;
  return {
    severity: e.severity,
    file,
    ...(line !== undefined ? { line } : {}),
    code,
    message: e.message(params),
    hint: e.hint(params),
  };
}

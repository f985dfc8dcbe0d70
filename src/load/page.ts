/**
 * One page file → a `Page`: read once, decoded, read into items by the page reader, with everything
 * the reader found worth a librarian's look turned into diagnostics on the page's lines.
 */
import type { Page } from "../model.js";
import type { HeadlinePosition, PageReading, ReadingWarning } from "../read/types.js";
import { readPage } from "../read/index.js";
import type { PageReader } from "./reading-cache.js";
import type { LoadedPages } from "./page-cache.js";
import type { Diagnostic } from "./diagnostic.js";
import { catalogue, diagnose } from "./catalogue.js";
import { decodePage } from "./decode.js";
import { findInvisible, withoutBidiControls } from "./invisible.js";
import { readBytes } from "./read-file.js";

export interface PageSource {
  /** Absolute path of the file. */
  path: string;
  /** The same, relative to the archive root (`Page.file`). */
  file: string;
  /** Printed page number, or null when it has none (already reported). */
  number: number | null;
  name: string | null;
  headlinePosition: HeadlinePosition | undefined;
}

export interface LoadedPage {
  /** Null when the page cannot be published (the diagnostics say why). */
  page: Page | null;
  diagnostics: Diagnostic[];
}

/**
 * `readText` is the page reader, or the same through its cache (`reading-cache.ts`); `kept`, the
 * pages of the last load with the same reader (`page-cache.ts`).
 */
export function loadPage(
  source: PageSource,
  readText: PageReader = readPage,
  kept?: LoadedPages,
): LoadedPage {
  const read = readBytes(source.path, source.file);
  if (!read.ok) return { page: null, diagnostics: [read.diagnostic] };
  const known = kept?.find(source, read.bytes);
  if (known) return known;
  const loaded = decodeAndRead(source, read.bytes, readText);
  kept?.keep(source, read.bytes, loaded);
  return loaded;
}

function decodeAndRead(source: PageSource, bytes: Uint8Array, readText: PageReader): LoadedPage {
  const decoded = decodePage(bytes, source.file);
  if (!decoded.ok) return { page: null, diagnostics: [decoded.diagnostic] };
  const invisible = findInvisible(decoded.text).map((found) =>
    diagnose(found.bidi ? "bidi-control" : "invisible-character", source.file, found, found.line),
  );
  const text = withoutBidiControls(decoded.text);
  const options = source.headlinePosition ? { headlinePosition: source.headlinePosition } : {};
  let reading: PageReading;
  try {
    reading = readText(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { page: null, diagnostics: [diagnose("read-failed", source.file, { reason })] };
  }
  const diagnostics = [...invisible, ...reading.warnings.map((w) => fromReadingWarning(w, source.file))];
  // Only @@ lines (and blank ones): an empty page would be published.
  if (reading.items.length === 0) diagnostics.push(diagnose("empty-after-markup", source.file, {}));
  if (source.number === null || reading.items.length === 0) return { page: null, diagnostics };
  const page: Page = {
    number: source.number,
    name: source.name,
    file: source.file,
    text,
    reading,
  };
  return { page, diagnostics };
}

/** The reader's own codes have their hints in the catalogue; a code added later still gets reported. */
function fromReadingWarning(warning: ReadingWarning, file: string): Diagnostic {
  const code = (READING_CODES as readonly string[]).includes(warning.code)
    ? (warning.code as (typeof READING_CODES)[number])
    : "reading-warning";
  // The reader writes sentences; a diagnostic's message runs on into " — hint", so no full stop.
  return diagnose(code, file, { text: warning.message.replace(/\.$/, "") }, warning.line);
}

const READING_CODES = [
  "unknown-markup",
  "article-without-headline",
  "headline-without-body",
  "unstructured-page",
] as const satisfies readonly (ReadingWarning["code"] & keyof typeof catalogue)[];

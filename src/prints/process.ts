/**
 * Every print of the archive made ready for the site, once per build: scans (or, for a page with a
 * PDF only, its PDF's first page) encoded into the cache folder, then copied into the site; PDFs
 * copied to their page's address. Copies are skipped when the same file is already there, so a
 * rebuild into the same folder writes almost nothing.
 */
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { diagnose } from "../load/catalogue.js";
import type { Diagnostic } from "../load/diagnostic.js";
import { formatDiagnostic } from "../load/format.js";
import type { Archive, PrintFile } from "../model.js";
import { issuePdfPath, pagePdfPath } from "../shape/urls.js";
import { renderPdfPage } from "./pdf.js";
import { encodedFiles, encodeImage, type EncodedImage, type EncodedPrints } from "./image.js";

export interface PrintsOptions {
  /** The archive root the print files are relative to. */
  root: string;
  /** Where encoded scans are kept between builds. */
  cacheDir: string;
  /** The site's output folder. */
  outputDir: string;
}

/** Thrown when scans cannot be decoded; the message is `check`-style lines naming each file. */
export class PrintsFailedError extends Error {
  override name = "PrintsFailedError";
  readonly skipOriginalStack = true;
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `prints could not be processed; nothing was built.\n${diagnostics.map(formatDiagnostic).join("\n")}`,
    );
  }
}

/** Where encoded scans are kept between builds: `ARCHIVE_PRINTS_CACHE`, else `.cache/prints/` in the archive. */
export const printsCacheDir = (root: string, env: NodeJS.ProcessEnv = process.env): string =>
  env.ARCHIVE_PRINTS_CACHE || join(root, ".cache", "prints");

export async function processPrints(archive: Archive, options: PrintsOptions): Promise<EncodedPrints> {
  // A page's picture is its scan, else the first page of its PDF, rendered (pdf.ts).
  const prints: PrintFile[] = archive.issues.flatMap((issue) =>
    issue.pages.flatMap((page) => {
      const print = page.image ?? page.pdf;
      return print ? [print] : [];
    }),
  );
  const concurrency = Math.max(1, availableParallelism());
  const failures: Diagnostic[] = [];
  const sources = new Map<PrintFile, string>();
  for (const print of prints) {
    const path = join(options.root, print.file);
    if (print.kind === "image") sources.set(print, path);
    else
      try {
        sources.set(print, await renderPdfPage(path, options.cacheDir));
      } catch (error) {
        // The PDF itself is still published as it is; only its picture is missing.
        warn(formatDiagnostic(diagnose("pdf-not-rendered", print.file, { reason: reasonOf(error) })));
      }
  }
  const encoded = new Map<string, EncodedImage>();
  // A few scans at a time: each is held in memory while it is encoded.
  await inLanes([...sources], concurrency, async ([print, source]) => {
    try {
      encoded.set(print.file, await encodeImage(source, options.cacheDir));
    } catch (error) {
      failures.push(diagnose("print-failed", print.file, { reason: reasonOf(error) }));
    }
  });
  if (failures.length > 0) throw new PrintsFailedError(failures);

  for (const image of encoded.values())
    for (const file of encodedFiles(image)) publish(file.outputPath, join(options.outputDir, file.url));
  for (const issue of archive.issues) {
    if (issue.pdf) publish(join(options.root, issue.pdf.file), join(options.outputDir, issuePdfPath(issue)));
    for (const page of issue.pages)
      if (page.pdf)
        publish(join(options.root, page.pdf.file), join(options.outputDir, pagePdfPath(issue, page)));
  }
  return encoded;
}

/** Runs `work` on every item, at most `lanes` at once. */
async function inLanes<T>(items: T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
}

const warn = (line: string): void => void process.stderr.write(`${line}\n`);

/** sharp's messages are long and technical; their first line is enough to tell a librarian. */
const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]?.replace(/^Image error: /, "") ??
  "";

/** Copies `from` to `to` unless the same file is there already: as large, and as new or newer. */
function publish(from: string, to: string): void {
  const source = statSync(from);
  try {
    const there = statSync(to);
    if (there.size === source.size && there.mtimeMs >= source.mtimeMs) return;
  } catch {
    // not there yet
  }
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/**
 * The archive a build works from, loaded once per build. `npm run build` refuses an archive with
 * errors (`ArchiveInvalidError`); `npm start` must keep serving instead, so the librarian sees the
 * problems in the browser and the site comes back once they are fixed. There an archive with
 * errors stands as an empty one, and its problems are handed to the layout, which shows them on
 * every page (the home page, and the 404 page the dev server answers for any other address).
 */
import type { Archive } from "../model.js";
import { formatDiagnostic } from "../load/format.js";
import { ArchiveInvalidError, loadArchiveOrThrow } from "../load/or-throw.js";
import { ReadingCache } from "../load/reading-cache.js";
import { LoadedPages } from "../load/page-cache.js";

/** How Eleventy runs: `build` writes once; `serve` and `watch` rebuild on every change. */
export type RunMode = "build" | "serve" | "watch";

export interface ArchiveSource {
  /**
   * Reads the pages on every core into the reading cache when it holds none by this reader (a
   * clean build: `ReadingCache.readAhead`), so that the first load takes them from there.
   */
  readAhead: () => Promise<void>;
  /** Loads the archive again (before each build); throws on errors only in `build` mode. */
  reload: (runMode: RunMode) => void;
  /** The archive of the current build. */
  archive: () => Archive;
  /** The problems to show instead of the archive (`file:line: error: … — …`), or null. */
  problems: () => string[] | null;
}

/**
 * `loaded` is told of each archive loaded without errors, with its number of warnings. Pages are
 * read through the cache of readings in `readingsDir` (`reading-cache.ts`) when one is given.
 */
export function archiveSource(
  root: string,
  pathPrefix: string | undefined,
  loaded: (archive: Archive, warnings: number) => void,
  readingsDir?: string,
): ArchiveSource {
  let archive: Archive | undefined;
  let problems: string[] | null = null;
  // One cache for every rebuild of `npm start`: it keeps the readings in memory between them, and
  // the pages loaded from them, so that a page file whose bytes did not change is not decoded again.
  const readings = readingsDir ? new ReadingCache(readingsDir) : null;
  // (Not for `npm run build`: it loads once, and would only hold every page's bytes for nothing.)
  let kept: LoadedPages | undefined;
  const load = (): Archive => {
    if (!archive) {
      const result = loadArchiveOrThrow(root, pathPrefix, readings?.read, kept);
      // Only after a load without errors (one with errors throws): while a librarian fixes an
      // archive under `npm start`, its other pages stay in the cache. The readings of pages
      // loaded as they were last time were not asked for again, and stay too.
      readings?.prune(result.archive.issues.flatMap((issue) => issue.pages.map((page) => page.reading)));
      archive = result.archive;
      loaded(result.archive, result.diagnostics.length);
    }
    return archive;
  };
  return {
    readAhead: async () => {
      await readings?.readAhead((read) => {
        try {
          loadArchiveOrThrow(root, pathPrefix, read);
        } catch {
          // An archive with errors: the real load reports them.
        }
      });
    },
    reload: (runMode) => {
      if (runMode !== "build" && readings) kept ??= new LoadedPages();
      archive = undefined;
      problems = null;
      try {
        load();
      } catch (error) {
        if (runMode === "build" || !(error instanceof ArchiveInvalidError)) throw error;
        const { diagnostics, archive: partial } = error.result;
        console.error(error.message);
        problems = diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
        archive = { config: partial.config, issues: [] };
      }
    },
    archive: load,
    problems: () => problems,
  };
}

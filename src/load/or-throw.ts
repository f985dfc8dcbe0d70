/** The build's entry to loading: an archive with errors never builds silently. */
import { loadArchive, type LoadResult } from "./index.js";
import { formatReport } from "./format.js";
import { loadConfig } from "./config-file.js";
import { overridesFromEnv, type ConfigOverrides } from "./overrides.js";
import type { LoadedPages } from "./page-cache.js";
import type { PageReader } from "./reading-cache.js";

/**
 * Thrown by the build when the archive has errors; its message is exactly what `npm run check`
 * prints, so the librarian sees the same lines whichever they ran.
 */
export class ArchiveInvalidError extends Error {
  override name = "ArchiveInvalidError";
  /** Eleventy prints the message without a stack trace: the diagnostics are the whole story. */
  readonly skipOriginalStack = true;
  constructor(readonly result: LoadResult) {
    super(`the archive has errors; nothing was built.\n${formatReport(result)}`);
  }
}

/** The overrides in the environment (`ARCHIVE_BASE_URL`, `ARCHIVE_PATH_PREFIX`); `pathPrefixOverride` wins. */
function buildOverrides(pathPrefixOverride: string | undefined): ConfigOverrides {
  const overrides = overridesFromEnv();
  if (pathPrefixOverride) overrides.pathPrefix = { value: pathPrefixOverride, source: "ARCHIVE_PATH_PREFIX" };
  return overrides;
}

/**
 * Loads `root` with the overrides in the environment (`ARCHIVE_BASE_URL`, `ARCHIVE_PATH_PREFIX`);
 * `pathPrefixOverride` wins over the environment (tests, previews). The result keeps the warnings,
 * which the build counts in its summary. `read` reads a page's text (`loadArchive`).
 */
export function loadArchiveOrThrow(
  root: string,
  pathPrefixOverride?: string,
  read?: PageReader,
  kept?: LoadedPages,
): LoadResult {
  const result = loadArchive(root, buildOverrides(pathPrefixOverride), read, kept);
  if (result.diagnostics.some((d) => d.severity === "error")) throw new ArchiveInvalidError(result);
  return result;
}

/**
 * The path prefix the build will use, read from `archive.yaml` and the same overrides before any
 * build: Eleventy's own `pathPrefix` needs it at configuration time. `/` when the file cannot be
 * read, since the build then stops with its errors anyway.
 */
export const buildPathPrefix = (root: string, pathPrefixOverride?: string): string =>
  loadConfig(root, buildOverrides(pathPrefixOverride)).config?.pathPrefix ?? "/";

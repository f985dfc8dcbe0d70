/** The build's entry to loading: an archive with errors never builds silently. */
import type { Archive } from "../model.js";
import { loadArchive, type LoadResult } from "./index.js";
import { formatReport } from "./format.js";
import { overridesFromEnv } from "./overrides.js";

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

/**
 * Loads `root` with the overrides in the environment (`ARCHIVE_BASE_URL`, `ARCHIVE_PATH_PREFIX`);
 * `pathPrefixOverride` wins over the environment (tests, previews).
 */
export function loadArchiveOrThrow(root: string, pathPrefixOverride?: string): Archive {
  const overrides = overridesFromEnv();
  if (pathPrefixOverride) overrides.pathPrefix = { value: pathPrefixOverride, source: "ARCHIVE_PATH_PREFIX" };
  const result = loadArchive(root, overrides);
  if (result.diagnostics.some((d) => d.severity === "error")) throw new ArchiveInvalidError(result);
  return result.archive;
}

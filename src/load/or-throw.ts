/** The build's entry to loading: an archive with errors never builds silently. */
import type { Archive } from "../model.js";
import { loadArchive } from "./index.js";
import { formatDiagnostics } from "./format.js";

export class ArchiveInvalidError extends Error {
  override name = "ArchiveInvalidError";
}

/** `pathPrefixOverride` lets a build serve the same archive under another sub-path (tests, previews). */
export function loadArchiveOrThrow(root: string, pathPrefixOverride?: string): Archive {
  const { archive, diagnostics } = loadArchive(root);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    throw new ArchiveInvalidError(
      `The archive has ${errors.length} error(s); nothing was built.\n${formatDiagnostics(diagnostics)}`,
    );
  }
  if (pathPrefixOverride) archive.config.pathPrefix = pathPrefixOverride;
  return archive;
}

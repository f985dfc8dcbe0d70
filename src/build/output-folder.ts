/**
 * The output folder holds exactly what the last build wrote: a page of a deleted issue must not
 * stay online. So a build empties the folder before writing, once the archive has loaded without
 * errors (a refused build leaves the last good site as it was). Emptying never leaves the folder:
 * a link inside it is removed as a link, never followed; and a folder that is or holds the
 * archive (or the project running the build) is refused rather than emptied.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, rmdirSync, unlinkSync } from "node:fs";
import { join, sep } from "node:path";

/** Thrown instead of emptying a folder that is not the build's to empty. */
export class OutputFolderError extends Error {
  override name = "OutputFolderError";
  readonly skipOriginalStack = true;
}

/** `a` is `b` or one of its ancestors (both real paths). */
const holds = (a: string, b: string): boolean => a === b || b.startsWith(a.endsWith(sep) ? a : a + sep);

/**
 * Empties `output` (made absolute by the caller) unless it is or holds one of `protect` (the archive
 * root, the project folder); a missing folder is left to the build to create. Files and folders
 * for which `keep` is true (given their path under `output`, `/`-separated) are left to the part of
 * the build that wrote them, which removes what it does not write again; folders left empty go.
 */
export function emptyOutputFolder(
  output: string,
  protect: readonly string[],
  keep: (path: string) => boolean = () => false,
): void {
  if (!existsSync(output)) return;
  const real = realpathSync(output);
  for (const path of protect) {
    if (!existsSync(path)) continue;
    if (holds(real, realpathSync(path)))
      throw new OutputFolderError(
        `refusing to empty the output folder ${output}: it is or holds ${path} (the archive or the project) — ` +
          "build into a folder of its own: --output=_site",
      );
  }
  if (!lstatSync(real).isDirectory())
    throw new OutputFolderError(
      `the output folder ${output} is a file — remove it or build into another folder`,
    );
  for (const name of readdirSync(real)) remove(join(real, name), name, keep);
}

/**
 * Removes `path` (at `rel` under the output) unless kept: a link as a link, a folder after its
 * contents (and only when nothing in it was kept). True when it is gone.
 */
function remove(path: string, rel: string, keep: (path: string) => boolean): boolean {
  if (keep(rel)) return false;
  const stat = lstatSync(path);
  if (!stat.isDirectory() || stat.isSymbolicLink()) {
    unlinkSync(path);
    return true;
  }
  let empty = true;
  for (const name of readdirSync(path)) empty = remove(join(path, name), `${rel}/${name}`, keep) && empty;
  if (empty) rmdirSync(path);
  return empty;
}
